import { getTranslations } from "next-intl/server";

const styles: Record<string, string> = {
  completed: "bg-emerald-100 text-emerald-900",
  pending: "bg-amber-100 text-amber-900",
  paid: "bg-indigo-100 text-indigo-900",
};
const known = ["pending", "paid", "completed", "expired", "cancelled", "refunded"] as const;

/** An order's status as a translated pill (the same colours as the order summary). */
export async function OrderStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("OrderStatus");
  const key = (known as readonly string[]).includes(status) ? (status as (typeof known)[number]) : "unknown";
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${styles[key] ?? "bg-slate-100 text-slate-800"}`} data-testid="order-status">
      {t(key)}
    </span>
  );
}
