import "server-only";
// Orders a payment flagged for the operator (/api/admin/payments/flagged and the console):
// `paid_late` (delivered after expiry), `late_undelivered` (paid late, items gone, a guest:
// to be refunded by hand), `late_credited` (paid late, items gone, the value went to the
// buyer's USDT balance), `over_paid` (more than asked). The operator resolves one with a note
// saying what was done; the flag stays as the record, the resolution is kept beside it.
import { z } from "zod";
import { db, transaction } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { fenToYuan, formatDecimal } from "../../money";
import { COINS, type Coin } from "../../payments/crypto/coins";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import type { Page } from "../paging";
import type { flaggedListQuerySchema } from "./payment-request-schemas";

export const PAYMENT_FLAGS = ["paid_late", "late_undelivered", "late_credited", "over_paid"] as const;

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
  paidAt: Date | null;
  paymentFlagResolvedAt: Date | null;
  paymentFlagNote: string | null;
};

function flaggedDto(row: FlaggedRow) {
  const coin = row.coin as Coin | null;
  return {
    id: row.id,
    order_no: row.orderNo,
    status: row.status,
    flag: row.paymentFlag ?? "",
    payment_method: row.paymentMethod,
    coin: row.coin,
    pay_address: row.payAddress,
    pay_amount: row.payAmount && coin && COINS[coin] ? formatDecimal(BigInt(row.payAmount), COINS[coin].decimals) : row.payAmount,
    amount: fenToYuan(row.amountFen),
    contact_email: row.contactEmail,
    has_account: row.userId !== null,
    paid_at: row.paidAt?.toISOString() ?? null,
    resolved_at: row.paymentFlagResolvedAt?.toISOString() ?? null,
    resolution_note: row.paymentFlagNote,
  };
}
export type FlaggedPaymentDto = ReturnType<typeof flaggedDto>;

/** Newest payment first (the index on paymentFlag, paidAt); the cursor is the last order's id. */
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
    orderBy: [{ paidAt: "desc" }, { id: "desc" }],
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    take: query.limit + 1,
    select,
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(flaggedDto), next_cursor: rows.length > query.limit ? page.at(-1)!.id : null };
}

/** Marks a flagged payment as dealt with, with what was done. Resolving it again changes nothing. */
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
  return { payment: flaggedDto(row), changed };
}
