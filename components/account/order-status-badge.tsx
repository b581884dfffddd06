import { StatusPill } from "@/components/orders/status-pill";

/** An order's status in the account's order list (the same pill as the order pages, smaller). */
export function OrderStatusBadge({ status }: { status: string }) {
  return <StatusPill status={status} className="text-xs" />;
}
