import "server-only";
// What the order page may truthfully say about the order's own mail (created or delivered),
// from the outbox row the order's transaction wrote: on its way, sent, not sent because no
// SMTP is configured, or not deliverable. No row (an order from before mail existed): nothing.
import { hotRead } from "../db/sqlite-reader";

export type OrderMailState = { state: "queued" | "sent" | "no_smtp" | "failed"; to: string } | null;

const states: Record<string, Exclude<OrderMailState, null>["state"]> = {
  pending: "queued",
  sent: "sent",
  skipped: "no_smtp",
  failed: "failed",
  expired: "failed",
};

/**
 * The order's first mail: one lookup per dedupe key on its unique index. Written as `IN (?, ?)
 * ORDER BY "createdAt"` it let SQLite's planner, on statistics taken while the outbox was
 * nearly empty (`PRAGMA optimize` early in a shop's life), scan the whole outbox at every
 * order page instead: 11 ms a page with 17,000 mails in the bench.
 * tests/api/order-mail-plan.test.ts asks each engine's planner.
 */
export const ORDER_MAIL_SQL = `SELECT "status", "toAddress", "createdAt" FROM "mail_outbox" WHERE "dedupeKey" = ?
  UNION ALL SELECT "status", "toAddress", "createdAt" FROM "mail_outbox" WHERE "dedupeKey" = ?
  ORDER BY "createdAt" ASC LIMIT 1`;

export const orderMailKeys = (orderId: string) => [`order_created:${orderId}`, `order_delivered:${orderId}`];

export async function orderMailState(orderId: string): Promise<OrderMailState> {
  // Every order page asks; a hot read (lib/db/sqlite-reader.ts) instead of a query through
  // Prisma's engine.
  const [row] = await hotRead<{ status: string; toAddress: string }>(ORDER_MAIL_SQL, orderMailKeys(orderId), (raw) => ({
    status: String(raw.status),
    toAddress: String(raw.toAddress),
  }));
  return row ? { state: states[row.status] ?? "failed", to: row.toAddress } : null;
}
