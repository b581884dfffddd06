import "server-only";
// What the order page may truthfully say about the order's own mail (created or delivered),
// from the outbox row the order's transaction wrote: on its way, sent, not sent because no
// SMTP is configured, or not deliverable. No row (an order from before mail existed): nothing.
import { db } from "../db";

export type OrderMailState = { state: "queued" | "sent" | "no_smtp" | "failed"; to: string } | null;

const states: Record<string, Exclude<OrderMailState, null>["state"]> = {
  pending: "queued",
  sent: "sent",
  skipped: "no_smtp",
  failed: "failed",
  expired: "failed",
};

export async function orderMailState(orderId: string): Promise<OrderMailState> {
  const row = await db.mailOutbox.findFirst({
    where: { dedupeKey: { in: [`order_created:${orderId}`, `order_delivered:${orderId}`] } },
    orderBy: { createdAt: "asc" },
    select: { status: true, toAddress: true },
  });
  return row ? { state: states[row.status] ?? "failed", to: row.toAddress } : null;
}
