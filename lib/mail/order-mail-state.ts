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

export async function orderMailState(orderId: string): Promise<OrderMailState> {
  // Every order page asks; a hot read (lib/db/sqlite-reader.ts) on the unique dedupe key
  // instead of a query through Prisma's engine.
  const [row] = await hotRead<{ status: string; toAddress: string }>(
    `SELECT "status", "toAddress" FROM "mail_outbox" WHERE "dedupeKey" IN (?, ?) ORDER BY "createdAt" ASC LIMIT 1`,
    [`order_created:${orderId}`, `order_delivered:${orderId}`],
    (raw) => ({ status: String(raw.status), toAddress: String(raw.toAddress) }),
  );
  return row ? { state: states[row.status] ?? "failed", to: row.toAddress } : null;
}
