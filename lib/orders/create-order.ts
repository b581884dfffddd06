import "server-only";
import { hotTransaction } from "../db/hot-transaction";
import { env } from "../env";
import { AppError, errors } from "../api/app-error";
import { isUniqueViolation, isUniqueViolationOn } from "../db/errors";
import { newToken, hashToken } from "../crypto/tokens";
import { orderTakingStock } from "../catalog/catalog";
import { takeItemsSql, takenContents, type TakenItem } from "../stock/reservation";
import { takeCouponUse } from "../coupons/coupons";
import { debitLast } from "../balance/ledger";
import { allocateAmount, dropAllocation, type Allocation } from "../payments/crypto/allocate";
import { isCoinEnabled } from "../payments/payment-config";
import { startCashierPayment, type CashierStart } from "../payments/cashier/start-payment";
import { cnyPerUsdtMicro, fenToCoinAtomic, fenToMicroUsdt } from "../payments/rates";
import { coinPrice } from "../payments/prices";
import type { Coin } from "../payments/crypto/coins";
import { newOrderNumber } from "./order-number";
import { newOrderId } from "./order-id";
import { quoteOrder } from "./quote-order";
import { insertOrderSql, type NewOrder } from "./insert-order";
import { recordPaymentEvent } from "./payment-events";
import { openAccounts } from "./open-accounts";
import { orderDto, paymentDto } from "./order-dto";
import type { CreateOrderInput } from "./schemas";
import { storeIdempotentAnswer, type IdempotencyClaim } from "./idempotency";
import { hashClientIp, refuseOverLimit, unpaidOrderCounts, unpaidOrderLock, type UnpaidCount } from "./unpaid-order-limits";
import { orderTtlMinutes } from "../settings/shop-settings";
import { refuseBlacklistedBuyer } from "../blacklist/blacklist-check";
import { refuseUnapprovedApiOrder } from "./api-order-approval";
import { reusableLine } from "../stock/reusable-line";
import { deliveredItemsJson } from "./delivered-items";

import { announceOrderCreated, sealAccessToken } from "./order-notices";
import { emitStockLowIfCrossed } from "../webhooks/stock-low";
import { primeSubscribers, subscribersSql, type Subscriber } from "../webhooks/emit-event";
import type { Locale } from "../i18n/routing";

/**
 * Who orders: the signed-in user (or null), the client's address (lib/api/client-ip.ts), and
 * the language their mails are written in (the request's, unless the input names one).
 * `email` is the account's (for the blacklist); `apiOrders` is set when the user came with
 * a bearer token (lib/orders/api-order-approval.ts).
 */
export type Buyer = { userId: string | null; clientIp: string; locale?: Locale; email?: string | null; apiOrders?: string };

const MINUTE_MS = 60_000;

// Order numbers are drawn at random (./order-number.ts): about 4.6 billion a day, so an order
// draws one already taken with odds n in 4.6 billion, n the day's orders so far. Rare, but not
// never (a shop of 10,000 orders a day meets one every few months): the bench, making some
// 40,000 in a day, met one, and its shopper got a 500. The unique index refuses the number,
// the transaction rolls back, and the order is made again from the start with a new one (a
// cashier order with a new cashier session too: the refused number's was never shown).
const ORDER_NUMBER_ATTEMPTS = 3;

/**
 * Creates an order: reserves its items, takes a coupon use, and for balance methods debits
 * and delivers, all in one transaction. Any failure leaves stock, balance and coupon as they were.
 */
export async function createOrder(input: CreateOrderInput, buyer: Buyer, idempotency?: IdempotencyClaim) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createOrderOnce(input, buyer, idempotency);
    } catch (error) {
      if (!(error instanceof OrderNumberTaken) || attempt === ORDER_NUMBER_ATTEMPTS) throw error;
    }
  }
}

async function createOrderOnce(input: CreateOrderInput, buyer: Buyer, idempotency?: IdempotencyClaim) {
  const quote = await quoteOrder(input);
  const { product } = quote;
  const method = input.paymentMethod;
  if ((method === "balance_cny" || method === "balance_crypto") && !buyer.userId) {
    throw errors.unauthorized("Login required: send Authorization: Bearer USER_TOKEN");
  }
  refuseUnapprovedApiOrder(method, buyer.apiOrders);
  // Before anything is written or a cashier is asked: a refused buyer leaves no trace.
  await refuseBlacklistedBuyer({ contactEmail: input.contactEmail, accountEmail: buyer.email, clientIp: buyer.clientIp });
  // The coin's price is read once here and used for this order only (its amount is the snapshot).
  const price = method === "crypto" ? await coinPrice(input.coin as Coin) : null;
  if (method === "crypto" && (price === null || !(await isCoinEnabled(input.coin as Coin)))) {
    throw new AppError("coin_unavailable", "Coin not available");
  }

  const orderId = newOrderId();
  // This instance's catalogue takes the items off its copy's count once the order commits,
  // and must know of the order before its transaction can commit (lib/catalog/stock-ledger.ts).
  const taking = product.kind === "stock" ? orderTakingStock({ orderId, productId: product.id, quantity: input.quantity }) : undefined;
  try {
    const answer = await createWithId(orderId, input, buyer, idempotency, quote, price);
    taking?.committed();
    return answer;
  } catch (error) {
    // Thrown by our own checks or refused by a unique index: the transaction rolled back, or never began.
    if (error instanceof AppError || error instanceof OrderNumberTaken || error instanceof IdempotentRace || isUniqueViolation(error)) {
      taking?.rolledBack();
    } else {
      taking?.unknown();
    }
    throw error;
  }
}

async function createWithId(
  orderId: string,
  input: CreateOrderInput,
  buyer: Buyer,
  idempotency: IdempotencyClaim | undefined,
  { product, unitFen, coupon, amountFen }: Awaited<ReturnType<typeof quoteOrder>>,
  price: bigint | null,
) {
  const method = input.paymentMethod;
  const accessToken = newToken("slo");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + (await orderTtlMinutes()) * MINUTE_MS);
  const rate = cnyPerUsdtMicro();
  const clientIpHash = hashClientIp(buyer.clientIp);
  const orderNo = newOrderNumber(now);
  // Alipay / WeChat Pay: the cashier is opened first, outside the transaction (see start-payment.ts).
  const cashier: CashierStart | undefined =
    method === "alipay" || method === "wechat"
      ? await startCashierPayment(method, {
          number: orderNo,
          amountFen,
          expiresAt,
          subject: `订单 ${orderNo}`,
          returnPath: `/orders/${orderId}`,
        })
      : undefined;

  // The (address, amount) pair is claimed before the transaction: its unique index must be
  // free to refuse a taken pair without aborting the order's transaction. It is dropped below
  // if the order is not created.
  let allocation: Allocation | undefined;
  try {
    if (method === "crypto") {
      allocation = await allocateAmount(
        input.coin as Coin,
        fenToCoinAtomic(amountFen, input.coin as Coin, rate, price),
        orderId,
        new Date(expiresAt.getTime() + env.CRYPTO_LOCK_GRACE_MINUTES * MINUTE_MS),
      );
    }
    const paysNow = method === "balance_cny" || method === "balance_crypto";
    // A manual product's balance order is paid now and completed when the operator delivers.
    const status = !paysNow ? "pending" : product.kind === "manual" ? "paid" : "completed";
    const debitAmount = method === "balance_crypto" ? fenToMicroUsdt(amountFen, rate) : amountFen;
    const unpaidBuyer = { userId: buyer.userId, clientIpHash, contactEmail: input.contactEmail };
    return await hotTransaction(
      async (tx) => {
        // A reusable product's one line is read (never reserved): without it the product is sold out.
        const reusable = product.kind === "reusable" ? await reusableLine(tx, product.id) : null;
        // A balance order is created already paid and delivered; if the debit below fails,
        // the whole transaction (order, items, coupon use) rolls back.
        const order: NewOrder = {
          id: orderId,
          orderNo,
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
          status,
          paidAt: paysNow ? now : null,
          completedAt: status === "completed" ? now : null,
          expiresAt,
          createdAt: now,
          clientIpHash,
          payRail: cashier?.payRail ?? null,
          payUrl: cashier?.payUrl ?? null,
          payQr: cashier?.payQr ?? null,
          locale: input.locale ?? buyer.locale ?? "zh",
          accessTokenSealed: sealAccessToken(accessToken),
          kind: product.kind,
          deliveredItems: reusable && paysNow ? deliveredItemsJson([reusable]) : null,
        };
        // The order's insert, then its buyer's open unpaid orders counted (the new one among
        // them), its items taken, and the webhook subscribers read: one message on PostgreSQL.
        const statements = [insertOrderSql(order), subscribersSql];
        const countsAt = paysNow ? -1 : statements.push(unpaidOrderCounts(unpaidBuyer, now)) - 1;
        const itemsAt =
          product.kind === "stock"
            ? statements.push(takeItemsSql(product.id, orderId, input.quantity, paysNow ? "sold" : "reserved")) - 1
            : -1;
        const answers = await tx.batch(statements);
        primeSubscribers(tx, answers[1] as Subscriber[]);
        if (countsAt !== -1) refuseOverLimit(answers[countsAt] as UnpaidCount[], unpaidBuyer, now);
        const sealed = itemsAt !== -1 ? takenContents(answers[itemsAt] as TakenItem[], input.quantity) : reusable ? [reusable] : [];
        if (coupon) await takeCouponUse(tx, coupon.id);
        if (paysNow) {
          await recordPaymentEvent(tx, {
            orderId,
            source: method,
            eventKey: `${method}:${orderId}`,
            amount: debitAmount.toString(),
            outcome: "paid",
          });
        }
        await announceOrderCreated(tx, {
          order,
          product,
          accessToken,
          demoAddress: allocation?.demo ?? false,
          sealedItems: status === "completed" ? sealed : [],
        });
        // Reusable and manual products hold no stock that runs low.
        if (product.kind === "stock") await emitStockLowIfCrossed(tx, product.id, input.quantity);
        const answer = {
          order: orderDto(order),
          payment: paymentDto(order, allocation?.demo),
          access_token: accessToken,
          ...(status === "completed" ? { accounts: openAccounts(sealed, product.delimiter) } : {}),
        };
        if (idempotency) await storeIdempotentAnswer(tx, idempotency, answer);
        // The debit comes last and is committed with the transaction: it locks the buyer's
        // balance row, and an account's concurrent orders queue on that lock (bench, one account,
        // 16 clients on PostgreSQL: the debit waited 67 ms on average while the lock was held
        // through the statements that used to follow it). Too little money rolls back all above.
        if (paysNow) {
          await debitLast(tx, {
            userId: buyer.userId!,
            currency: method === "balance_cny" ? "CNY" : "USDT",
            amount: debitAmount,
            reason: "order",
            reference: order.orderNo,
          });
        }
        return answer;
      },
      // A pending order's buyer takes their unpaid-order locks first (PostgreSQL).
      { beginWith: paysNow ? null : unpaidOrderLock(unpaidBuyer) },
    );
  } catch (error) {
    if (allocation) await dropAllocation(orderId).catch(() => undefined);
    if (isUniqueViolationOn(error, "orders", "orderNo")) throw new OrderNumberTaken(error);
    if (isUniqueViolation(error) && idempotency) throw new IdempotentRace();
    throw error;
  }
}

/** Thrown when a concurrent request with the same Idempotency-Key committed first. */
export class IdempotentRace extends Error {}

/** The order drew a number another order has: made again with a new one (ORDER_NUMBER_ATTEMPTS). */
class OrderNumberTaken extends Error {
  constructor(cause: unknown) {
    super("order number taken", { cause });
  }
}
