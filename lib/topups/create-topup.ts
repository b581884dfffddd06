import "server-only";
import type { Locale } from "../i18n/routing";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../api/app-error";
import { parseDecimal } from "../money";
import { allocateAmount, dropAllocation, type Allocation } from "../payments/crypto/allocate";
import { isCoinEnabled } from "../payments/payment-config";
import { cnyPerUsdtMicro, fenToCoinAtomic } from "../payments/rates";
import { coinPrice } from "../payments/prices";
import { COINS, type Coin } from "../payments/crypto/coins";
import { startCashierPayment, type CashierStart } from "../payments/cashier/start-payment";
import { newTopupNumber } from "./topup-number";
import { orderTtlMinutes } from "../settings/shop-settings";
import { topupDto, topupPaymentDto } from "./topup-dto";
import type { CreateTopupInput } from "./schemas";

const MINUTE_MS = 60_000;

/** TOPUP_MIN_CNY .. TOPUP_MAX_CNY, TOPUP_MIN_USDT .. TOPUP_MAX_USDT, in the balance's minor units. */
export function topupLimits(currency: "CNY" | "USDT") {
  const decimals = currency === "CNY" ? 2 : 6;
  const [min, max] = currency === "CNY" ? [env.TOPUP_MIN_CNY, env.TOPUP_MAX_CNY] : [env.TOPUP_MIN_USDT, env.TOPUP_MAX_USDT];
  return { min: parseDecimal(min, decimals), max: parseDecimal(max, decimals), minText: min, maxText: max };
}

/**
 * A signed-in shopper's top-up: the amount within its limits, then the payment opened the
 * way an order's is (the cashier first, or a unique crypto (address, amount) pair held
 * under the top-up's id), then the row. Nothing is credited here: confirmTopup does that
 * when the payment is reported.
 */
/** `locale`: the language of its "top-up credited" mail. */
export async function createTopup(input: CreateTopupInput, userId: string, locale: Locale = "zh") {
  const decimals = input.currency === "CNY" ? 2 : 6;
  const amount = parseDecimal(input.amount, decimals);
  const limits = topupLimits(input.currency);
  if (amount < limits.min || amount > limits.max) {
    throw new AppError("validation", `Top-up amount must be between ${limits.minText} and ${limits.maxText} ${input.currency}`);
  }
  const id = randomUUID();
  const now = new Date();
  const topupNo = newTopupNumber(now);
  const expiresAt = new Date(now.getTime() + (await orderTtlMinutes()) * MINUTE_MS);
  const method = input.paymentMethod;

  let cashier: CashierStart | undefined;
  let allocation: Allocation | undefined;
  let rate: bigint | null = null;
  if (method === "alipay" || method === "wechat") {
    cashier = await startCashierPayment(method, {
      number: topupNo,
      amountFen: amount,
      expiresAt,
      subject: `充值 ${topupNo}`,
      returnPath: `/account/top-ups/${id}`,
    });
  } else {
    const coin = input.coin as Coin;
    // Priced as an order is (lib/orders/create-order.ts): the live source's price when
    // PRICE_API_URL is set, read once; a coin that cannot be priced now (stale, failing) is refused.
    const price = await coinPrice(coin);
    if (price === null || !(await isCoinEnabled(coin))) throw new AppError("coin_unavailable", "Coin not available");
    rate = cnyPerUsdtMicro();
    // USDT to a USDT balance is exact (micro-USDT to the coin's atomic units); CNY is converted at the snapshotted rate.
    const atomic =
      input.currency === "USDT" ? amount * 10n ** BigInt(COINS[coin].decimals - 6) : fenToCoinAtomic(amount, coin, rate, price);
    allocation = await allocateAmount(coin, atomic, id, new Date(expiresAt.getTime() + env.CRYPTO_LOCK_GRACE_MINUTES * MINUTE_MS));
  }
  try {
    const topup = await db.topup.create({
      data: {
        id,
        topupNo,
        userId,
        currency: input.currency,
        amount,
        paymentMethod: method,
        coin: allocation ? input.coin! : null,
        payAddress: allocation?.address ?? null,
        payAmount: allocation?.amountAtomic.toString() ?? null,
        cnyPerUsdtMicro: rate,
        payRail: cashier?.payRail ?? null,
        payUrl: cashier?.payUrl ?? null,
        payQr: cashier?.payQr ?? null,
        expiresAt,
        createdAt: now,
        locale,
      },
    });
    return { topup: topupDto(topup), payment: topupPaymentDto(topup) };
  } catch (error) {
    if (allocation) await dropAllocation(id).catch(() => undefined);
    throw error;
  }
}
