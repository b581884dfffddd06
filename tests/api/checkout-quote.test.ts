// The checkout's quote before ordering (lib/orders/checkout-quote.ts) says what the order then
// asks: the same coin amount, the same USDT debit, the same refusals.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrder } from "../support/api";
import { makeCoupon, makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { checkoutQuote } from "@/lib/orders/checkout-quote";

beforeAll(() => enableCoin("erc20_usdt", "0x00000000000000000000000000000000c0ffee01"));

describe("checkoutQuote", () => {
  it("quotes the crypto amount the order then asks, with the rate, coupon and tier applied", async () => {
    const product = await makeProduct({ stock: 30, priceFen: 1999n, tiers: [{ minQuantity: 10, priceFen: 1799n }] });
    const coupon = await makeCoupon({ kind: "percent", value: 10, productId: product.id });
    const input = { productId: product.id, quantity: 10, couponCode: coupon.code, paymentMethod: "crypto", coin: "erc20_usdt" };
    const quote = await checkoutQuote(input);
    expect(quote).toMatchObject({
      ok: true,
      amountFen: "16191",
      crypto: { coin: "erc20_usdt", asset: "USDT", network: "Ethereum", cnyPerUsdt: process.env.CNY_PER_USDT ?? "7.2", cnyPerCoin: null },
    });
    const order = await createOrder({ ...input, contactEmail: "quote@example.com" });
    expect(order.status).toBe(200);
    expect(order.body.order.amount).toBe(161.91);
    // The first pending order for this amount gets it exactly (later ones step up by 0.01).
    expect(order.body.payment.amount).toBe(quote.ok && quote.crypto!.amount);
  });

  it("quotes the USDT balance debit the order then takes", async () => {
    const product = await makeProduct({ stock: 5, priceFen: 1234n });
    const buyer = await makeUser({ balanceUsdtMicro: 50_000_000n });
    const quote = await checkoutQuote({ productId: product.id, quantity: 2, paymentMethod: "balance_crypto" });
    expect(quote.ok).toBe(true);
    const paid = await createOrder(
      { productId: product.id, quantity: 2, contactEmail: buyer.email, paymentMethod: "balance_crypto" },
      { token: buyer.token },
    );
    expect(paid.status).toBe(200);
    const { db } = await import("../support/fixtures");
    const user = await db.user.findUniqueOrThrow({ where: { id: buyer.id } });
    expect((50_000_000n - user.balanceUsdtMicro).toString()).toBe(quote.ok && quote.usdtDebitMicro);
  });

  it("refuses what the order would refuse, with the checkout's error keys", async () => {
    const product = await makeProduct({ stock: 5, minQuantity: 2, maxQuantity: 4 });
    const base = { productId: product.id, paymentMethod: "crypto", coin: "erc20_usdt" };
    expect(await checkoutQuote({ ...base, quantity: 0 })).toMatchObject({ ok: false, error: { key: "quantityInvalid" } });
    expect(await checkoutQuote({ ...base, quantity: Number.NaN })).toMatchObject({ ok: false, error: { key: "quantityInvalid" } });
    expect(await checkoutQuote({ ...base, quantity: 1 })).toMatchObject({ ok: false, error: { key: "minQuantity", values: { min: 2 } } });
    expect(await checkoutQuote({ ...base, quantity: 5 })).toMatchObject({ ok: false, error: { key: "maxQuantity", values: { max: 4 } } });
    expect(await checkoutQuote({ ...base, quantity: 2, couponCode: "NO-SUCH-COUPON" })).toMatchObject({
      ok: false,
      error: { key: "couponInvalid" },
    });
    expect(await checkoutQuote({ ...base, quantity: 2, coin: "btc" })).toMatchObject({ ok: false, error: { key: "methodUnavailable" } });
    expect(await checkoutQuote({ ...base, quantity: 2, coin: "no-such-coin" })).toMatchObject({
      ok: false,
      error: { key: "methodUnavailable" },
    });
    expect(await checkoutQuote({ ...base, productId: "00000000-0000-0000-0000-000000000000", quantity: 2 })).toMatchObject({
      ok: false,
      error: { key: "productGone" },
    });
  });
});
