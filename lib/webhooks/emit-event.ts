import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "../db";
import type { WebhookEventType } from "./event-types";
import { Prisma } from "../generated/sqlite/client";
import { writeAtCommit, type SqlTx } from "../db/hot-transaction";

export const WEBHOOK_RETRY_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The event's `data`, or a function that reads it (only called when someone subscribed). */
export type EventData = object | (() => Promise<object>);

/**
 * Records a webhook event for every enabled endpoint subscribed to its type, in the caller's
 * transaction: call it inside the transaction of the guarded change that causes the event,
 * and the event exists exactly when that change commits (never for a rolled-back one, never
 * twice for one change). The sender (./webhook-sender.ts) delivers it from there. With no
 * subscriber nothing is written and `data` is never read. Returns the event id (the
 * `webhook-id` header, the same on every retry), or null when nobody subscribed.
 *
 *   await emitEvent(tx, "topup.credited", { topup: { id, user_id, currency, amount } });
 */
export async function emitEvent(tx: SqlTx, type: WebhookEventType, data: EventData, now = new Date()): Promise<string | null> {
  return (await emitEvents(tx, [type], data, now))[type] ?? null;
}

/** Several events about one thing (an order paid and delivered at once), for one look at the subscribers. */
export async function emitEvents(
  tx: SqlTx,
  types: WebhookEventType[],
  data: EventData,
  now = new Date(),
): Promise<Partial<Record<WebhookEventType, string>>> {
  const subscribers = await subscribersIn(tx);
  const ids: Partial<Record<WebhookEventType, string>> = {};
  if (!subscribers.length) return ids;
  let payload: object | undefined;
  for (const type of types) {
    const endpoints = subscribers.filter((endpoint) => endpoint.events.includes(`,${type},`));
    if (!endpoints.length) continue;
    payload ??= typeof data === "function" ? await data() : data;
    const id = `msg_${randomBytes(18).toString("base64url")}`;
    // The body is fixed here, so every retry and redelivery sends (and signs) the same bytes.
    const body = JSON.stringify({ type, timestamp: now.toISOString(), data: payload });
    // Nothing reads these rows back in the transaction: in the order path they go with COMMIT.
    await writeAtCommit(
      tx,
      Prisma.sql`INSERT INTO "webhook_events" ("id", "type", "body", "createdAt") VALUES (${id}, ${type}, ${body}, ${now})`,
    );
    for (const endpoint of endpoints) {
      await writeAtCommit(
        tx,
        Prisma.sql`
        INSERT INTO "webhook_deliveries" ("id", "eventId", "endpointId", "status", "attempts", "nextAttemptAt", "deadlineAt", "createdAt")
        VALUES (${randomUUID()}, ${id}, ${endpoint.id}, 'pending', 0, ${now}, ${new Date(now.getTime() + WEBHOOK_RETRY_DAYS * DAY_MS)}, ${now})`,
      );
    }
    ids[type] = id;
  }
  return ids;
}

export type Subscriber = { id: string; events: string };
// Read once per transaction: an order's transaction asks for several event types (order.created,
// then stock.low), and the second ask must not cost the order path another query.
const subscribersByTx = new WeakMap<SqlTx, Promise<Subscriber[]>>();

/** The subscribers' read, for a caller that sends it with other statements; hand its rows to primeSubscribers. */
export const subscribersSql = Prisma.sql`SELECT "id", "events" FROM "webhook_endpoints" WHERE "disabledAt" IS NULL`;

/** The transaction's read of the subscribers, made by its caller (lib/orders/create-order.ts). */
export function primeSubscribers(tx: SqlTx, rows: Subscriber[]): void {
  subscribersByTx.set(tx, Promise.resolve(rows));
}

function subscribersIn(tx: SqlTx): Promise<Subscriber[]> {
  const read = () => tx.$queryRaw<Subscriber[]>(subscribersSql);
  // Outside a transaction (tx is the client itself) nothing is kept: it would go stale.
  if (tx === (db as SqlTx)) return read();
  let subscribers = subscribersByTx.get(tx);
  if (!subscribers) subscribersByTx.set(tx, (subscribers = read()));
  return subscribers;
}

/** Whether any enabled endpoint subscribed to `type` (from the transaction's one read of the subscribers). */
export async function isSubscribed(tx: SqlTx, type: WebhookEventType): Promise<boolean> {
  return (await subscribersIn(tx)).some((endpoint) => endpoint.events.includes(`,${type},`));
}
