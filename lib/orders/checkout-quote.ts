import "server-only";
import { AppError } from "../api/app-error";
import { formatDecimal } from "../money";
import { COINS, type Coin } from "../payments/crypto/coins";
import { isCoinEnabled } from "../payments/payment-config";
import { coinPrice } from "../payments/prices";
import { orderTtlMinutes } from "../settings/shop-settings";
import { cnyPerUsdtMicro, fenToCoinAtomic, fenToMicroUsdt } from "../payments/rates";
import { checkoutErrorOf, type CheckoutError } from "./checkout-errors";
import { quoteOrder } from "./quote-order";

export type CheckoutQuoteInput = { productId: string; quantity: number; couponCode?: string; paymentMethod: string; coin?: string };

export type CheckoutQuote =
  | {
      ok: true;
      /** The order's amount in fen (integers travel as strings: BigInt does not cross the wire). */
      amountFen: string;
      /** For crypto: what to send, at which rate, and how long the amount holds once ordered. */
      crypto?: {
        coin: string;
        asset: string;
        network: string;
        amount: string;
        cnyPerUsdt: string;
        cnyPerCoin: string | null;
        holdsMinutes: number;
      };
      /** For the USDT balance: what will be debited, in micro-USDT. */
      usdtDebitMicro?: string;
    }
  | { ok: false; error: CheckoutError };

/**
 * What an order would cost before it is placed, by the functions the order itself uses
 * (quoteOrder for quantity, tier and coupon; the rate and conversion of lib/payments/rates.ts),
 * so the amount shown is the amount asked. Reads only. The crypto amount an order finally asks
 * can be a few steps (0.01) higher: that makes each pending order's amount unique.
 */
export async function checkoutQuote(input: CheckoutQuoteInput): Promise<CheckoutQuote> {
  if (!Number.isInteger(input.quantity) || input.quantity < 1) return { ok: false, error: { key: "quantityInvalid", field: "quantity" } };
  try {
    const { amountFen } = await quoteOrder({ productId: input.productId, quantity: input.quantity, couponCode: input.couponCode || null });
    const rate = cnyPerUsdtMicro();
    const base = { ok: true as const, amountFen: amountFen.toString() };
    if (input.paymentMethod === "balance_crypto") return { ...base, usdtDebitMicro: fenToMicroUsdt(amountFen, rate).toString() };
    if (input.paymentMethod !== "crypto") return base;
    const coin = input.coin as Coin;
    if (!(coin in COINS) || !(await isCoinEnabled(coin))) return { ok: false, error: { key: "methodUnavailable", field: "coin" } };
    // The price the order would snapshot (the price source's, when one is configured), not the fixed one.
    const price = await coinPrice(coin);
    if (price === null) return { ok: false, error: { key: "methodUnavailable", field: "coin" } };
    const facts = COINS[coin];
    const atomic = fenToCoinAtomic(amountFen, coin, rate, price);
    // The CNY price of one coin implied by the conversion (shown for coins not pegged to USDT).
    const cnyPerCoin = facts.usdPegged ? null : formatDecimal((amountFen * 10n ** BigInt(facts.decimals)) / atomic, 2);
    return {
      ...base,
      crypto: {
        coin,
        asset: facts.asset,
        network: facts.network,
        amount: formatDecimal(atomic, facts.decimals),
        cnyPerUsdt: formatDecimal(rate, 6),
        cnyPerCoin,
        // The operator's setting when there is one (orders are created with the same).
        holdsMinutes: await orderTtlMinutes(),
      },
    };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: checkoutErrorOf(error) };
    throw error;
  }
}
