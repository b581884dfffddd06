import "server-only";
import { randomUUID } from "node:crypto";
import { transaction } from "../db";
import { isUniqueViolation } from "../db/errors";
import { credit, type Currency } from "../balance/ledger";
import { enqueueTopupCreditedMail } from "../mail/templates/topup-credited";
import { emitEvent } from "../webhooks/emit-event";
import { balanceAmount } from "./topup-dto";

export type TopupNotice = {
  topupId: string;
  /** Who says it was paid: `epay`, `alipay`, `wechat`, a coin (`trc20_usdt`), ... */
  source: string;
  /** Unique per real payment: provider + trade number, or chain + tx hash + log index. */
  eventKey: string;
  amount?: string;
};

export type TopupOutcome = "credited" | "duplicate" | "already_credited" | "not_payable";

/**
 * The one path by which a payment credits a top-up, whoever reports it (a cashier notify, a
 * provider query, a chain watcher). It mirrors confirmPayment: the guarded move to
 * `completed` comes first, the event is recorded under its unique key and the ledger credit
 * (idempotency key `topup:<id>`) is written in the same transaction, so concurrent or
 * repeated notices credit once. A payment after expiry is still the shopper's money: an
 * expired top-up is credited too.
 */
export async function confirmTopup(notice: TopupNotice): Promise<TopupOutcome> {
  try {
    return await transaction(async (tx) => {
      const paidAt = new Date();
      // First, as in confirmPayment: on SQLite the write lock is taken before anything is read.
      const moved = await tx.topup.updateMany({
        where: { id: notice.topupId, status: { in: ["pending", "expired"] } },
        data: { status: "completed", paidAt },
      });
      const topup = await tx.topup.findUniqueOrThrow({
        where: { id: notice.topupId },
        select: {
          id: true,
          topupNo: true,
          userId: true,
          currency: true,
          amount: true,
          status: true,
          locale: true,
          paymentMethod: true,
          createdAt: true,
          paidAt: true,
          user: { select: { email: true } },
        },
      });
      const outcome: TopupOutcome = moved.count === 1 ? "credited" : topup.status === "completed" ? "already_credited" : "not_payable";
      await tx.$executeRaw`
        INSERT INTO "topup_events" ("id", "topupId", "source", "eventKey", "amount", "outcome", "createdAt")
        VALUES (${randomUUID()}, ${topup.id}, ${notice.source}, ${notice.eventKey}, ${notice.amount ?? null}, ${outcome}, ${paidAt})`;
      if (outcome === "credited") {
        const balanceAfter = await credit(tx, {
          userId: topup.userId,
          currency: topup.currency as Currency,
          amount: topup.amount,
          reason: "top_up",
          reference: topup.topupNo,
          idempotencyKey: `topup:${topup.id}`,
        });
        // The mail is written in this transaction: credited once, mailed once (its dedupe key is the top-up's id).
        await enqueueTopupCreditedMail(tx, {
          topupId: topup.id,
          to: topup.user.email,
          locale: topup.locale === "en" ? "en" : "zh",
          currency: topup.currency as Currency,
          amount: topup.amount,
          balanceAfter,
        });
        await emitEvent(tx, "topup.credited", {
          topup: {
            id: topup.id,
            topup_no: topup.topupNo,
            user_id: topup.userId,
            currency: topup.currency,
            amount: balanceAmount(topup.currency, topup.amount),
            payment_method: topup.paymentMethod,
            created_at: topup.createdAt.toISOString(),
            paid_at: topup.paidAt?.toISOString() ?? null,
          },
        });
      }
      return outcome;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}
