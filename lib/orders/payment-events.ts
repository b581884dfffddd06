import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/sqlite/client";
import { writeAtCommit, type SqlTx } from "../db/hot-transaction";

export type PaymentEventInput = { orderId: string; source: string; eventKey: string; amount: string | null; outcome: string };

/**
 * Records a payment event under its unique key, in the caller's transaction; a second
 * event with the same key fails the transaction (the caller treats it as a duplicate).
 * Hand-written INSERT: it is on the order path, where it goes with COMMIT (a new order's key
 * is its own); in any other transaction it runs at once.
 */
export async function recordPaymentEvent(tx: SqlTx, event: PaymentEventInput): Promise<void> {
  await writeAtCommit(
    tx,
    Prisma.sql`
    INSERT INTO "payment_events" ("id", "orderId", "source", "eventKey", "amount", "outcome", "createdAt")
    VALUES (${randomUUID()}, ${event.orderId}, ${event.source}, ${event.eventKey}, ${event.amount}, ${event.outcome}, ${new Date()})`,
  );
}
