import "server-only";
import { z } from "zod";
import { db, transaction } from "../db";
import { AppError, errors } from "../api/app-error";
import { credit } from "../balance/ledger";
import { fenToYuan, formatDecimal } from "../money";
import { refundAtCashier } from "../payments/cashier/refund-at-cashier";
import { announceOrderRefunded } from "./order-notices";
import { claimRefund, refusedRefund, resolveFlagByRefund, type RefundedFrom } from "./claim-refund";
import type { WithChange } from "./with-change";

export type RefundOutcome = {
  status: "refunded";
  credited: { currency: "CNY" | "USDT"; amount: bigint } | null;
  /** The cashier rail the money went back through. */
  provider?: string;
};

/** Where a cashier-paid order's money goes back: through the provider (the default) or to the buyer's CNY balance. */
export const refundChoiceSchema = z.strictObject({
  to: z.enum(["provider", "balance"], "to must be provider or balance").optional(),
});
export type RefundChoice = z.infer<typeof refundChoiceSchema>["to"];

/** What a refund changed: the status it was refunded from, and whether a provider's refund went unanswered. */
export type RefundedChange = RefundOutcome & { from: RefundedFrom; unconfirmed: boolean };

/**
 * The operator refunds a completed order, or a paid order that will not be delivered
 * (lib/orders/refundable.ts: manual delivery, or items gone when the payment came; any items it
 * still held go back on sale). The delivered items stay sold (they were
 * delivered and cannot be taken back). A balance-paid order's money goes back to the same
 * balance, once: the guarded completed -> refunded move and the ledger credit share one
 * transaction. A cashier-paid (Alipay / WeChat Pay) order's goes back through its provider
 * (lib/payments/cashier/refund-at-cashier.ts) or, if the operator chooses, to the buyer's
 * CNY balance the same way. A crypto payment cannot be sent back by the shop: by default the
 * order only records a refund made outside it; with `balance` the buyer's account is credited
 * the order's CNY amount instead (a guest has no balance to credit).
 */
export async function refundOrder(orderId: string, choice?: RefundChoice, withChange?: WithChange<RefundedChange>): Promise<RefundOutcome> {
  const paid = await db.order.findUnique({ where: { id: orderId }, select: { payRail: true } });
  if (!paid) throw errors.orderNotFound();
  if (choice === "provider" && !paid.payRail)
    throw new AppError("validation", "Only an Alipay or WeChat Pay order can be refunded through its provider");
  if (paid.payRail && choice !== "balance") {
    const provider = await refundAtCashier(orderId, async (tx, change) => {
      await withChange?.(tx, { status: "refunded", credited: null, ...change });
    });
    return { status: "refunded", credited: null, provider };
  }

  const outcome = await transaction(async (tx): Promise<RefundOutcome | null> => {
    const from = await claimRefund(tx, orderId);
    if (!from) return null;
    await resolveFlagByRefund(tx, orderId);
    await announceOrderRefunded(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { orderNo: true, userId: true, paymentMethod: true, payDebit: true, payRail: true, amountFen: true },
    });
    const toBalance =
      order.payRail || (order.paymentMethod === "crypto" && choice === "balance")
        ? { currency: "CNY" as const, amount: order.amountFen }
        : order.paymentMethod === "balance_cny" || order.paymentMethod === "balance_crypto"
          ? { currency: order.paymentMethod === "balance_cny" ? ("CNY" as const) : ("USDT" as const), amount: order.payDebit }
          : null;
    if (order.payRail && !order.userId)
      throw new AppError("validation", "A guest's order has no balance to refund to; refund it through its provider");
    if (order.paymentMethod === "crypto" && choice === "balance" && !order.userId)
      throw new AppError("validation", "A guest's order has no balance to refund to; refund the payment outside the shop");
    const credited = toBalance?.amount && order.userId ? { currency: toBalance.currency, amount: toBalance.amount } : null;
    if (credited) {
      await credit(tx, {
        userId: order.userId!,
        currency: credited.currency,
        amount: credited.amount,
        reason: "refund",
        reference: order.orderNo,
        idempotencyKey: `refund:${orderId}`,
      });
    }
    await withChange?.(tx, { status: "refunded", credited, from, unconfirmed: false });
    return { status: "refunded", credited };
  });
  if (outcome) return outcome;
  throw await refusedRefund(orderId);
}

/** The API's answer: the credit in the balance's own units (CNY number, USDT decimal string). */
export function refundDto({ status, credited, provider }: RefundOutcome) {
  const via = provider ? { provider } : {};
  if (!credited) return { status, credited: null, ...via };
  return {
    status,
    credited:
      credited.currency === "CNY"
        ? { currency: "CNY", amount: fenToYuan(credited.amount) }
        : { currency: "USDT", amount: formatDecimal(credited.amount, 6) },
    ...via,
  };
}
