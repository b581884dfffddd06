// Market prices from a Binance-compatible source (a fake on 127.0.0.1): used with the
// markup, cached briefly, and a coin whose source fails is refused, never sold at the last
// price (orders and balance top-ups alike).
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeAdmin } from "../support/admin";
import { makeProduct, makeUser } from "../support/fixtures";
import { snapshotAddresses, startCryptoServer, until } from "../support/crypto";
import type { RunningServer } from "../support/server";
import { FakePriceApi } from "../fakes/price-api";
import { callAction } from "../support/server-actions";
import { randomTronAddress } from "../fakes/trongrid";

const prices = new FakePriceApi();
let server: RunningServer;
let restoreAddresses: () => Promise<void>;
const RATE = 7_200_000n; // CNY_PER_USDT 7.20 in the tests, micro-CNY

beforeAll(async () => {
  await prices.start();
  prices.prices.set("TRXUSDT", "0.25");
  restoreAddresses = await snapshotAddresses(["trx"]);
  server = await startCryptoServer(
    {
      RECEIVE_TRX: randomTronAddress(),
      PRICE_API_URL: prices.url,
      PRICE_CACHE_SECONDS: "1",
      PRICE_MARKUP_PERCENT: "2",
      // Prices only: no watcher.
      CRYPTO_POLL_SECONDS: "0",
    },
    [],
  );
});

afterAll(async () => {
  await server?.stop();
  await prices.stop();
  await restoreAddresses?.();
  expect(server.log()).not.toMatch(/unhandled error/);
});

const trxOrder = async (priceFen: bigint, product?: { id: string }) => {
  product ??= await makeProduct({ priceFen, stock: 2 });
  return api("/api/orders/create", {
    base: server.baseUrl,
    json: {
      productId: product.id,
      quantity: 1,
      contactEmail: `price-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "crypto",
      coin: "trx",
    },
  });
};

/** A CNY balance top-up paid in TRX: priced like an order. Above the orders' amounts, so its (address, amount) pair is free. */
const trxTopup = async (yuan: number) => {
  const user = await makeUser();
  return api("/api/topups", {
    base: server.baseUrl,
    token: user.token,
    json: { currency: "CNY", amount: yuan, paymentMethod: "crypto", coin: "trx" },
  });
};

/** The amount the shop must ask, computed here independently: fen -> micro-USDT up, then TRX at the marked-down price, up to 0.01 TRX. */
function expectedSun(fen: bigint, priceMicro: bigint, markupBps: bigint) {
  const ceil = (a: bigint, b: bigint) => (a + b - 1n) / b;
  const microUsdt = ceil(fen * 10_000n * 1_000_000n, RATE);
  const price = (priceMicro * 10_000n) / (10_000n + markupBps);
  return ceil(ceil(microUsdt * 1_000_000n, price), 10_000n) * 10_000n;
}

describe("prices from PRICE_API_URL", () => {
  it("prices an order at the source's price with the markup, and follows the source once the cache runs out", async () => {
    const fen = BigInt(randomInt(10_000, 20_000));
    const first = await trxOrder(fen);
    expect(first.status).toBe(200);
    expect(BigInt(first.body.payment.amount_atomic)).toBe(expectedSun(fen, 250_000n, 200n));

    prices.prices.set("TRXUSDT", "0.5");
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const second = await trxOrder(fen + 1n);
    expect(second.status).toBe(200);
    expect(BigInt(second.body.payment.amount_atomic)).toBe(expectedSun(fen + 1n, 500_000n, 200n));
    // Within the cache time, one request serves many orders.
    const asked = prices.requests.length;
    await Promise.all([trxOrder(fen + 2n), trxOrder(fen + 3n), trxOrder(fen + 4n)]);
    expect(prices.requests.length - asked).toBeLessThanOrEqual(1);
    // A top-up in the coin is priced from the same source (COIN_PRICES_USDT is not set here).
    const topup = await trxTopup(512.34);
    expect(topup.status).toBe(200);
    expect(BigInt(topup.body.payment.amount_atomic)).toBe(expectedSun(51_234n, 500_000n, 200n));
  });

  it("refuses the coin with `Coin not available` as soon as the source fails once the price's time is up, and offers it again when the source is back", async () => {
    // A fresh price (the cache has run out), then the source fails.
    const fen = BigInt(randomInt(20_000, 30_000));
    const product = await makeProduct({ priceFen: fen, stock: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await trxOrder(fen, product)).status).toBe(200);
    prices.failWith = 500;
    // Inside PRICE_CACHE_SECONDS the answer already given serves, without asking the source.
    const asked = prices.requests.length;
    const stillPriced = await trxOrder(fen, product);
    expect(stillPriced.status).toBe(200);
    expect(prices.requests.length).toBe(asked);
    // Past it, the failing source refuses the coin at once: the last price is not used.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const refused = await trxOrder(BigInt(randomInt(20_000, 30_000)));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ success: false, error: "Coin not available" });
    expect(await trxTopup(523.45)).toMatchObject({ status: 400, body: { success: false, error: "Coin not available" } });
    await until(async () => {
      const { body } = await api("/api/payment-config", { base: server.baseUrl });
      return !body.methods.crypto.coins.some((c: { coin: string }) => c.coin === "trx");
    }, "trx gone from /api/payment-config");

    prices.failWith = null;
    // Back within the payment configuration's 5 s cache.
    await until(async () => {
      const { body } = await api("/api/payment-config", { base: server.baseUrl });
      return body.methods.crypto.coins.some((c: { coin: string }) => c.coin === "trx");
    }, "trx back in /api/payment-config");
    const back = await trxOrder(BigInt(randomInt(30_000, 40_000)));
    expect(back.status).toBe(200);
    // The operator reads one line when the source fails and one when it is back, not one per request.
    expect(server.log().match(/price source failed for TRXUSDT/g)).toHaveLength(1);
    expect(server.log().match(/price source answers TRXUSDT again/g)).toHaveLength(1);
  });
});

describe("the operator's markup", () => {
  it("replaces PRICE_MARKUP_PERCENT once set in the settings, and gives way to it again when cleared", async () => {
    const admin = await makeAdmin();
    const setMarkup = (value: string | null) =>
      api("/api/admin/settings", { method: "PATCH", token: admin.token, json: { price_markup_percent: value } });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    prices.prices.set("TRXUSDT", "0.3");
    expect((await setMarkup("7.5")).status).toBe(200);
    try {
      const fen = BigInt(randomInt(50_000, 60_000));
      const marked = await trxOrder(fen);
      expect(BigInt(marked.body.payment.amount_atomic)).toBe(expectedSun(fen, 300_000n, 750n));
      const shown = await api("/api/admin/payments/settings", { token: admin.token });
      expect(shown.body.settings.price_markup_percent).toBe("7.5");
    } finally {
      expect((await setMarkup(null)).status).toBe(200);
    }
    const fen = BigInt(randomInt(60_000, 70_000));
    const plain = await trxOrder(fen);
    expect(BigInt(plain.body.payment.amount_atomic)).toBe(expectedSun(fen, 300_000n, 200n));
  });
});

describe("the checkout's quote with PRICE_API_URL", () => {
  it("quotes the coin amount at the source's price with the markup, the amount the order then asks", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    prices.prices.set("TRXUSDT", "0.4");
    const fen = BigInt(randomInt(40_000, 50_000));
    const product = await makeProduct({ priceFen: fen, stock: 2 });
    const answer = await callAction(
      "quoteCheckoutAction",
      [{ productId: product.id, quantity: 1, paymentMethod: "crypto", coin: "trx", couponCode: "" }],
      { base: server.baseUrl },
    );
    const quoted = /"amount":"([0-9.]+)"/.exec(answer)?.[1];
    const sun = expectedSun(fen, 400_000n, 200n);
    expect(quoted).toBe((Number(sun) / 1_000_000).toFixed(6).replace(/\.?0+$/, ""));
  });
});
