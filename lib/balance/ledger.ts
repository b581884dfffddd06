import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/sqlite/client";
import { errors } from "../api/app-error";
import { isPostgres } from "../env";
import { isNotNullViolation } from "../db/errors";
import type { HotTx, SqlTx } from "../db/hot-transaction";

export type Currency = "CNY" | "USDT";

// Column names come from this fixed map only, never from input.
const column = { CNY: Prisma.raw(`"balanceFen"`), USDT: Prisma.raw(`"balanceUsdtMicro"`) } as const;

type Movement = { userId: string; currency: Currency; amount: bigint; reason: string; reference?: string; idempotencyKey?: string };

// Balance movements are on the order path, so they are hand-written statements (a raw
// statement costs a quarter of a Prisma one); both engines run them in the API tests.

/**
 * Debits a cached balance with one guarded statement (never below zero) and appends the
 * ledger row, inside the caller's transaction. Too little money: `Insufficient balance`.
 * The order path uses debitLast below.
 */
export async function debit(tx: SqlTx, movement: Movement): Promise<bigint> {
  if (movement.amount <= 0n) throw new Error("debit amount must be positive");
  const field = column[movement.currency];
  const rows = await tx.$queryRaw<{ balance: bigint }[]>`
    UPDATE "users" SET ${field} = ${field} - ${movement.amount}
    WHERE "id" = ${movement.userId} AND ${field} >= ${movement.amount}
    RETURNING ${field} AS "balance"`;
  if (rows.length !== 1) throw errors.insufficientBalance();
  return appendEntry(tx, { ...movement, amount: -movement.amount }, BigInt(rows[0]!.balance));
}

/**
 * The order path's debit: the transaction's last statement, committed with it. On
 * PostgreSQL the debit and its ledger row are one statement sent with COMMIT in one message,
 * so the balance row's lock is held by the server alone: an account's concurrent orders queue
 * on that lock, and held across a turn of this process's busy event loop it was most of their
 * time (bench, one account, 16 clients). Too little money (or, never on the order path, an
 * unknown user) leaves the ledger row's `balanceAfter` NULL, which the column refuses: the
 * statement fails, COMMIT is not run, and the transaction rolls back with `Insufficient balance`.
 */
export async function debitLast(tx: HotTx, movement: Movement): Promise<void> {
  if (!isPostgres) {
    // SQLite's COMMIT is a local call: the two statements and COMMIT follow each other at once.
    await debit(tx, movement);
    return;
  }
  if (movement.amount <= 0n) throw new Error("debit amount must be positive");
  const field = column[movement.currency];
  try {
    await tx.commitWith(Prisma.sql`
      WITH "debited" AS (
        UPDATE "users" SET ${field} = ${field} - ${movement.amount}::bigint
        WHERE "id" = ${movement.userId} AND ${field} >= ${movement.amount}::bigint
        RETURNING ${field} AS "balance")
      INSERT INTO "ledger_entries" ("id", "userId", "currency", "amount", "balanceAfter", "reason", "reference", "idempotencyKey", "createdAt")
      VALUES (${randomUUID()}, ${movement.userId}, ${movement.currency}, ${-movement.amount}::bigint, (SELECT "balance" FROM "debited"),
              ${movement.reason}, ${movement.reference ?? null}::text, ${movement.idempotencyKey ?? null}::text, ${new Date()}::timestamp(3))`);
  } catch (error) {
    if (isNotNullViolation(error, "balanceAfter")) throw errors.insufficientBalance();
    throw error;
  }
}

export async function credit(tx: SqlTx, movement: Movement): Promise<bigint> {
  if (movement.amount <= 0n) throw new Error("credit amount must be positive");
  const field = column[movement.currency];
  const rows = await tx.$queryRaw<{ balance: bigint }[]>`
    UPDATE "users" SET ${field} = ${field} + ${movement.amount} WHERE "id" = ${movement.userId}
    RETURNING ${field} AS "balance"`;
  if (rows.length !== 1) throw new Error("credit: unknown user");
  return appendEntry(tx, movement, BigInt(rows[0]!.balance));
}

async function appendEntry(tx: SqlTx, movement: Movement, balanceAfter: bigint): Promise<bigint> {
  await tx.$executeRaw`
    INSERT INTO "ledger_entries" ("id", "userId", "currency", "amount", "balanceAfter", "reason", "reference", "idempotencyKey", "createdAt")
    VALUES (${randomUUID()}, ${movement.userId}, ${movement.currency}, ${movement.amount}, ${balanceAfter},
            ${movement.reason}, ${movement.reference ?? null}, ${movement.idempotencyKey ?? null}, ${new Date()})`;
  return balanceAfter;
}
