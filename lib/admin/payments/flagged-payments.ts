import "server-only";
// Orders a payment flagged for the operator (/api/admin/payments/flagged and the console; the
// flags are listed in lib/orders/payment-flags.ts), newest flag first, a partial one with what
// arrived. The operator resolves one with a note saying what was done; the flag stays as the
// record, the resolution is kept beside it.
import { z } from "zod";
import { db, transaction } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { fenToYuan, formatDecimal } from "../../money";
import { COINS, type Coin } from "../../payments/crypto/coins";
import { PAYMENT_FLAGS } from "../../orders/payment-flags";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import type { Page } from "../paging";
import type { flaggedListQuerySchema } from "./payment-request-schemas";

export { PAYMENT_FLAGS };

const select = {
  id: true,
  orderNo: true,
  status: true,
  paymentMethod: true,
  coin: true,
  payAddress: true,
  payAmount: true,
  amountFen: true,
  contactEmail: true,
  userId: true,
  paymentFlag: true,
  paymentFlaggedAt: true,
  paidAt: true,
  paymentFlagResolvedAt: true,
  paymentFlagNote: true,
} as const;

type FlaggedRow = {
  id: string;
  orderNo: string;
  status: string;
  paymentMethod: string;
  coin: string | null;
  payAddress: string | null;
  payAmount: string | null;
  amountFen: bigint;
  contactEmail: string;
  userId: string | null;
  paymentFlag: string | null;
  paymentFlaggedAt: Date | null;
  paidAt: Date | null;
  paymentFlagResolvedAt: Date | null;
  paymentFlagNote: string | null;
};

function flaggedDto(row: FlaggedRow, received: Map<string, bigint>) {
  const coin = row.coin as Coin | null;
  const units = (atomic: string) => (coin && COINS[coin] ? formatDecimal(BigInt(atomic), COINS[coin].decimals) : atomic);
  return {
    id: row.id,
    order_no: row.orderNo,
    status: row.status,
    flag: row.paymentFlag ?? "",
    payment_method: row.paymentMethod,
    coin: row.coin,
    pay_address: row.payAddress,
    pay_amount: row.payAmount && units(row.payAmount),
    received: row.paymentFlag === "partial" ? units((received.get(row.id) ?? 0n).toString()) : null,
    amount: fenToYuan(row.amountFen),
    contact_email: row.contactEmail,
    has_account: row.userId !== null,
    flagged_at: row.paymentFlaggedAt?.toISOString() ?? null,
    paid_at: row.paidAt?.toISOString() ?? null,
    resolved_at: row.paymentFlagResolvedAt?.toISOString() ?? null,
    resolution_note: row.paymentFlagNote,
  };
}
export type FlaggedPaymentDto = ReturnType<typeof flaggedDto>;

/** What the partial orders among these received: their final outputs recorded `partial`, summed (one query). */
async function receivedBy(rows: FlaggedRow[]): Promise<Map<string, bigint>> {
  const ids = rows.filter((row) => row.paymentFlag === "partial").map((row) => row.id);
  const received = new Map<string, bigint>();
  if (ids.length === 0) return received;
  const outputs = await db.chainTransfer.findMany({
    where: { orderId: { in: ids }, status: "final", outcome: "partial" },
    select: { orderId: true, amount: true },
  });
  for (const output of outputs) received.set(output.orderId!, (received.get(output.orderId!) ?? 0n) + BigInt(output.amount));
  return received;
}

/** Newest flag first (the index on paymentFlag, paymentFlaggedAt); the cursor is the last order's id. */
export async function listFlaggedPayments(query: z.infer<typeof flaggedListQuerySchema>): Promise<Page<FlaggedPaymentDto>> {
  const rows = await db.order.findMany({
    where: {
      paymentFlag: { in: [...PAYMENT_FLAGS] },
      ...(query.state === "open"
        ? { paymentFlagResolvedAt: null }
        : query.state === "resolved"
          ? { paymentFlagResolvedAt: { not: null } }
          : {}),
    },
    orderBy: [{ paymentFlaggedAt: "desc" }, { id: "desc" }],
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    take: query.limit + 1,
    select,
  });
  const page = rows.slice(0, query.limit);
  const received = await receivedBy(page);
  return { items: page.map((row) => flaggedDto(row, received)), next_cursor: rows.length > query.limit ? page.at(-1)!.id : null };
}

/**
 * Marks a flagged payment as dealt with, with what was done. Resolving it again changes nothing.
 * A partial payment's outputs leave the unmatched-transfers inbox with it (set aside with the note).
 */
export async function resolveFlaggedPayment(actor: Actor, orderId: string, note: string) {
  const current = await db.order.findUnique({ where: { id: orderId }, select });
  if (!current) throw errors.orderNotFound();
  if (!current.paymentFlag) throw new AppError("validation", "This order has no payment flag to resolve");
  const resolvedAt = new Date();
  const changed = await transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: orderId, paymentFlagResolvedAt: null },
      data: { paymentFlagResolvedAt: resolvedAt, paymentFlagNote: note },
    });
    if (moved.count !== 1) return false;
    if (current.paymentFlag === "partial") {
      await tx.chainTransfer.updateMany({
        where: { orderId, status: "final", outcome: "partial", resolvedAt: null },
        data: { resolvedAt, resolution: `dismissed:${note.slice(0, 200)}` },
      });
    }
    await recordAudit(tx, actor, {
      action: "payment_flag.resolve",
      entityType: "order",
      entityId: orderId,
      before: { flag: current.paymentFlag, resolved_at: null },
      after: { flag: current.paymentFlag, resolved_at: resolvedAt.toISOString(), note },
    });
    return true;
  });
  const row = await db.order.findUniqueOrThrow({ where: { id: orderId }, select });
  return { payment: flaggedDto(row, await receivedBy([row])), changed };
}
