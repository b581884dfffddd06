import "server-only";
import { randomUUID } from "node:crypto";
import { transaction } from "../db";
import { env } from "../env";
import { AppError, errors } from "../api/app-error";
import { isUniqueViolation } from "../db/errors";
import { newToken, hashToken } from "../crypto/tokens";
import { invalidateCatalog } from "../catalog/catalog";
import { takeItems } from "../stock/reservation";
import { takeCouponUse } from "../coupons/coupons";
import { debit } from "../balance/ledger";
import { allocateAmount, dropAllocation, type Allocation } from "../payments/crypto/allocate";
import { isCoinEnabled } from "../payments/payment-config";
import { cnyPerUsdtMicro, fenToCoinAtomic, fenToMicroUsdt } from "../payments/rates";
import type { Coin } from "../payments/crypto/coins";
import { newOrderNumber } from "./order-number";
import { quoteOrder } from "./quote-order";
import { insertOrder } from "./insert-order";
import { recordPaymentEvent } from "./payment-events";
import { openAccounts } from "./delivery";
import { orderDto, paymentDto } from "./order-dto";
import type { CreateOrderInput } from "./schemas";
import { storeIdempotentAnswer, type IdempotencyClaim } from "./idempotency";
import { orderTtlMinutes } from "../settings/shop-settings";

export type Buyer = { userId: string | null };

const MINUTE_MS = 60_000;

/**
 * Creates an order: reserves its items, takes a coupon use, and for balance methods debits
 * and delivers, all in one transaction. Any failure leaves stock, balance and coupon as they were.
 */
export async function createOrder(input: CreateOrderInput, buyer: Buyer, idempotency?: IdempotencyClaim) {
  const { product, unitFen, coupon, amountFen } = await quoteOrder(input);
  const method = input.paymentMethod;
  if (method === "alipay" || method === "wechat") throw errors.paymentMethodUnavailable();
  if ((method === "balance_cny" || method === "balance_crypto") && !buyer.userId) {
    throw errors.unauthorized("Login required: send Authorization: Bearer USER_TOKEN");
  }
  if (method === "crypto" && !(await isCoinEnabled(input.coin as Coin))) {
    throw new AppError("coin_unavailable", "Coin not available");
  }

  const orderId = randomUUID();
  const accessToken = newToken("slo");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + (await orderTtlMinutes()) * MINUTE_MS);
  const rate = cnyPerUsdtMicro();


  // The (address, amount) pair is claimed before the transaction: its unique index must be
  // free to refuse a taken pair without aborting the order's transaction. It is dropped below
  // if the order is not created.
  let allocation: Allocation | undefined;
  try {
    if (method === "crypto") {
      allocation = await allocateAmount(
        input.coin as Coin,
        fenToCoinAtomic(amountFen, input.coin as Coin, rate),
        orderId,
        new Date(expiresAt.getTime() + env.CRYPTO_LOCK_GRACE_MINUTES * MINUTE_MS),
      );
    }
    const paysNow = method === "balance_cny" || method === "balance_crypto";
    const debitAmount = method === "balance_crypto" ? fenToMicroUsdt(amountFen, rate) : amountFen;
    return await transaction(async (tx) => {
      // A balance order is created already paid and delivered; if the debit below fails,
      // the whole transaction (order, items, coupon use) rolls back.
      const order = await insertOrder(tx, {
          id: orderId,
          orderNo: newOrderNumber(now),
          productId: product.id,
          userId: buyer.userId,
          quantity: input.quantity,
          unitPriceFen: unitFen,
          currency: "CNY",
          discountFen: coupon?.discountFen ?? 0n,
          amountFen,
          paymentMethod: method,
          coin: method === "crypto" ? input.coin! : null,
          payAddress: allocation?.address ?? null,
          payAmount: allocation?.amountAtomic.toString() ?? null,
          cnyPerUsdtMicro: method === "crypto" || method === "balance_crypto" ? rate : null,
          payDebit: paysNow ? debitAmount : null,
          couponId: coupon?.id ?? null,
          contactEmail: input.contactEmail,
          delimiter: product.delimiter,
          accessTokenHash: hashToken(accessToken),
          status: paysNow ? "completed" : "pending",
          paidAt: paysNow ? now : null,
          completedAt: paysNow ? now : null,
          expiresAt,
          createdAt: now,
      });
      const sealed = await takeItems(tx, product.id, orderId, input.quantity, paysNow ? "sold" : "reserved");
      if (coupon) await takeCouponUse(tx, coupon.id);
      if (paysNow) {
        await debit(tx, {
          userId: buyer.userId!,
          currency: method === "balance_cny" ? "CNY" : "USDT",
          amount: debitAmount,
          reason: "order",
          reference: order.orderNo,
        });
        await recordPaymentEvent(tx, { orderId, source: method, eventKey: `${method}:${orderId}`, amount: debitAmount.toString(), outcome: "paid" });
      }
      const answer = {
        order: orderDto(order),
        payment: paymentDto({ ...order, payDemo: allocation?.demo }),
        access_token: accessToken,
        ...(paysNow ? { accounts: openAccounts(sealed, product.delimiter) } : {}),
      };
      if (idempotency) await storeIdempotentAnswer(tx, idempotency, answer);
      return answer;
    });
  } catch (error) {
    if (allocation) await dropAllocation(orderId).catch(() => undefined);
    if (isUniqueViolation(error) && idempotency) throw new IdempotentRace();
    throw error;
  } finally {
    invalidateCatalog();
  }
}

/** Thrown when a concurrent request with the same Idempotency-Key committed first. */
export class IdempotentRace extends Error {}
