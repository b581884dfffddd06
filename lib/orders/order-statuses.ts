// Every status an order can have, and the colour its badge wears: one list for the API's
// response schema, the storefront's badges and their translations (messages "OrderStatus").
export const ORDER_STATUSES = ["pending", "paid", "completed", "expired", "cancelled", "refunded"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const tones: Partial<Record<OrderStatus, string>> = {
  completed: "bg-emerald-100 text-emerald-900",
  pending: "bg-amber-100 text-amber-900",
  paid: "bg-indigo-100 text-indigo-900",
};

/** A status as one of the known ones, or "unknown". */
export function knownStatus(status: string): OrderStatus | "unknown" {
  return (ORDER_STATUSES as readonly string[]).includes(status) ? (status as OrderStatus) : "unknown";
}

/** The badge classes of a status (grey for the closed ones). */
export function statusTone(status: string): string {
  return tones[status as OrderStatus] ?? "bg-slate-100 text-slate-800";
}
