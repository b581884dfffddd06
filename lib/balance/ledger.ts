import "server-only";
import type { Tx } from "../db";
import { errors } from "../api/app-error";

export type Currency = "CNY" | "USDT";

const column = { CNY: "balanceFen", USDT: "balanceUsdtMicro" } as const;
const balanceFields = { balanceFen: true, balanceUsdtMicro: true } as const;

type Movement = { userId: string; currency: Currency; amount: bigint; reason: string; reference?: string; idempotencyKey?: string };

/**
 * Debits a cached balance with a guarded update (never below zero) and appends the ledger
 * row, inside the caller's transaction. Too little money: `Insufficient balance`.
 */
export async function debit(tx: Tx, movement: Movement): Promise<bigint> {
  if (movement.amount <= 0n) throw new Error("debit amount must be positive");
  const field = column[movement.currency];
  // One guarded statement (UPDATE ... WHERE balance >= amount RETURNING balance); no row
  // matched means too little money.
  const user = await tx.user
    .update({
      where: { id: movement.userId, [field]: { gte: movement.amount } },
      data: { [field]: { decrement: movement.amount } },
      select: balanceFields,
    })
    .catch((error: { code?: string }) => {
      throw error.code === "P2025" ? errors.insufficientBalance() : error;
    });
  return appendEntry(tx, { ...movement, amount: -movement.amount }, user[field]);
}

export async function credit(tx: Tx, movement: Movement): Promise<bigint> {
  if (movement.amount <= 0n) throw new Error("credit amount must be positive");
  const field = column[movement.currency];
  const user = await tx.user.update({
    where: { id: movement.userId },
    data: { [field]: { increment: movement.amount } },
    select: balanceFields,
  });
  return appendEntry(tx, movement, user[field]);
}

async function appendEntry(tx: Tx, movement: Movement, balanceAfter: bigint): Promise<bigint> {
  await tx.ledgerEntry.create({
    data: {
      userId: movement.userId,
      currency: movement.currency,
      amount: movement.amount,
      balanceAfter,
      reason: movement.reason,
      reference: movement.reference ?? null,
      idempotencyKey: movement.idempotencyKey ?? null,
    },
  });
  return balanceAfter;
}
