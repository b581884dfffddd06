import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { AppError } from "../api/app-error";
import { decrypt, encrypt } from "../crypto/secret-box";
import { hashClientIp } from "./unpaid-order-limits";
import type { SqlTx } from "../db/hot-transaction";

export type IdempotencyClaim = { key: string; requestHash: string };

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on order creation: the key is scoped to the caller and bound to the
 * request body; the first answer is stored, encrypted, in the order's own transaction.
 * A signed-in caller's keys are their own. An anonymous caller's keys are scoped to their
 * client address: the stored answer holds the order's access token (and, paid, its items),
 * so it is replayed only to a request from the address that could have sent the first one,
 * never to another anonymous client who picked the same key. A retry from a new address
 * (a phone changing networks) makes a new order: send a bearer token to keep keys across
 * addresses.
 */
export function claimFor(
  header: string | null,
  buyer: { userId: string | null; clientIp: string },
  body: unknown,
): IdempotencyClaim | undefined {
  if (header === null) return undefined;
  if (!KEY_PATTERN.test(header)) throw new AppError("validation", "Idempotency-Key must be 1-255 visible ASCII characters");
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const caller = buyer.userId ? `user:${buyer.userId}` : `anonymous:${hashClientIp(buyer.clientIp)}`;
  return { key: sha(`${caller}\n${header}`), requestHash: sha(JSON.stringify(body)) };
}

export async function storeIdempotentAnswer(tx: SqlTx, claim: IdempotencyClaim, answer: object): Promise<void> {
  // Hand-written: it runs in the order's transaction (lib/db/hot-transaction.ts).
  await tx.$executeRaw`
    INSERT INTO "idempotency_records" ("key", "requestHash", "status", "body", "createdAt")
    VALUES (${claim.key}, ${claim.requestHash}, ${200}, ${encrypt(JSON.stringify(answer))}, ${new Date()})`;
}

/** The stored answer for this key, or undefined; the same key with another body is refused. */
export async function replay(claim: IdempotencyClaim): Promise<object | undefined> {
  const record = await db.idempotencyRecord.findUnique({ where: { key: claim.key } });
  if (!record) return undefined;
  if (record.requestHash !== claim.requestHash) {
    throw new AppError("idempotency_conflict", "Idempotency-Key was already used with a different request");
  }
  return { ...JSON.parse(decrypt(record.body)), idempotent_replay: true };
}

const RETENTION_MS = 24 * 60 * 60 * 1000;

/** Answers are kept for 24 hours (as Stripe does); the sweeper forgets older ones. */
export async function forgetOldAnswers(now = new Date()): Promise<number> {
  const result = await db.idempotencyRecord.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  return result.count;
}
