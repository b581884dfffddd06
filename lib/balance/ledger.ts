import "server-only";
import type { Tx } from "../db";
import { errors } from "../api/app-error";

export type Currency = "CNY" | "USDT";

const column = { CNY: "balanceFen", USDT: "balanceUsdtMicro" } as const;

type Movement = { userId: string; currency: Currency; amount: bigint; reason: string; reference?: string; idempotencyKey?: string };

/**
 * Debits a cached balance with a guarded update (never below zero) and appends the ledger
 * row, inside the caller's transaction. Too little money: `Insufficient balance`.
 */
export async function debit(tx: Tx, movement: Movement): Promise<bigint> {
  if (movement.amount <= 0n) throw new Error("debit amount must be positive");
  const field = column[movement.currency];
  const result = await tx.user.updateMany({
    where: { id: movement.userId, [field]: { gte: movement.amount } },
    data: { [field]: { decrement: movement.amount } },
  });
  if (result.count !== 1) throw errors.insufficientBalance();
  return appendEntry(tx, { ...movement, amount: -movement.amount });
}

export async function credit(tx: Tx, movement: Movement): Promise<bigint> {
  if (movement.amount <= 0n) throw new Error("credit amount must be positive");
  const field = column[movement.currency];
  const result = await tx.user.updateMany({
    where: { id: movement.userId },
    data: { [field]: { increment: movement.amount } },
  });
  if (result.count !== 1) throw new Error("credit: unknown user");
  return appendEntry(tx, movement);
}

async function appendEntry(tx: Tx, movement: Movement): Promise<bigint> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: movement.userId },
    select: { balanceFen: true, balanceUsdtMicro: true },
  });
  const balanceAfter = user[column[movement.currency]];
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
