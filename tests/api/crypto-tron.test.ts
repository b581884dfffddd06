// The TRON watcher against a fake TronGrid on 127.0.0.1: TRC-20 USDT and native TRX orders
// are paid exactly once, only by final, successful transfers of the right token, with
// progress before that, late and unmatched transfers kept, and a failing provider shown.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { balances, db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { orderRow, snapshotAddresses, startCryptoServer, until } from "../support/crypto";
import type { RunningServer } from "../support/server";
import { FakeTronGrid, randomTronAddress, TRON_USDT } from "../fakes/trongrid";
import { subscribeWebhook } from "../support/webhook-subscription";
import { attachTransferToOrder, listUnmatchedTransfers } from "@/lib/payments/chains/operator-transfers";
import { fenToMicroUsdt } from "@/lib/payments/rates";

const API_KEY = `tron-key-${randomUUID()}`;
const fake = new FakeTronGrid(API_KEY);
const usdtAddress = randomTronAddress();
const trxAddress = randomTronAddress();
let server: RunningServer;
let restoreAddresses: () => Promise<void>;

beforeAll(async () => {
  await fake.start();
  restoreAddresses = await snapshotAddresses(["trc20_usdt", "trx"]);
  server = await startCryptoServer(
    {
      TRON_API_URL: fake.url,
      TRON_API_KEY: API_KEY,
      RECEIVE_TRC20_USDT: usdtAddress,
      RECEIVE_TRX: trxAddress,
      COIN_PRICES_USDT: "trx:0.25",
    },
    ["tron"],
  );
});

afterAll(async () => {
  await server?.stop();
  await fake.stop();
  await restoreAddresses?.();
  expect(server.log()).not.toMatch(/unhandled error/);
});

async function cryptoOrder(coin: "trc20_usdt" | "trx", options: { stock?: number; token?: string } = {}) {
  const product = await makeProduct({ priceFen: BigInt(randomInt(500, 90_000)), stock: options.stock ?? 3 });
  const created = await api("/api/orders/create", {
    base: server.baseUrl,
    token: options.token,
    json: {
      productId: product.id,
      quantity: 1,
      contactEmail: `tron-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "crypto",
      coin,
    },
  });
  expect(created.status).toBe(200);
  return { product, order: created.body.order, payment: created.body.payment, token: created.body.access_token as string };
}

const status = (orderId: string, token?: string) =>
  api(`/api/orders/${orderId}/status${token ? `?token=${encodeURIComponent(token)}` : ""}`, { base: server.baseUrl });
const completed = (orderId: string) => until(async () => (await orderRow(orderId)).status === "completed", `order ${orderId} completed`);
const requestsNow = () => fake.requests.length;
/** Lets the watcher poll at least `polls` more times (each poll asks the fake at least once). */
async function afterPolls(polls: number) {
  const start = requestsNow();
  await until(async () => requestsNow() >= start + polls * 2, `${polls} more polls`);
}

describe("TRC-20 USDT", () => {
  it("an exact, final transfer delivers the order once, however often it is read again", async () => {
    const { product, order, payment, token } = await cryptoOrder("trc20_usdt");
    expect(payment.address).toBe(usdtAddress);
    const sent = fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic) });
    await completed(order.id);
    const view = await status(order.id, token);
    expect(view.body).toMatchObject({ status: "completed", paid: true, delivered: true });
    expect(view.body.accounts).toHaveLength(1);
    // Re-polled (each poll reads a minute back) and listed twice by the provider: still one payment.
    fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic), txid: sent.txid, timestamp: sent.timestamp });
    await afterPolls(4);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.chainTransfer.count({ where: { txHash: sent.txid } })).toBe(1);
    expect(await db.chainTransfer.findFirstOrThrow({ where: { txHash: sent.txid } })).toMatchObject({
      outcome: "delivered",
      orderId: order.id,
      status: "final",
    });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
    // Every request carried the API key and asked for Tether's contract only.
    const trc20Requests = fake.requests.filter((r) => r.url.pathname.endsWith("/trc20"));
    expect(trc20Requests.length).toBeGreaterThan(0);
    for (const request of trc20Requests) {
      expect(request.headers["tron-pro-api-key"]).toBe(API_KEY);
      expect(request.url.searchParams.get("contract_address")).toBe(TRON_USDT);
      expect(request.url.searchParams.get("only_to")).toBe("true");
    }
  });

  it("shows 'payment seen, k of 19' below confirmation, then delivers once final", async () => {
    const { order, payment, token } = await cryptoOrder("trc20_usdt");
    // Sent (and put in a block) a moment after the order was made; the estimate counts a block every 3 s since.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent = fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic), confirmed: false, timestamp: Date.now() });
    const seen = await until(async () => (await status(order.id, token)).body.payment_progress, "payment progress");
    expect(seen).toMatchObject({ state: "seen", confirmations_required: 19, amount_seen: payment.amount });
    expect(seen.confirmations).toBeGreaterThanOrEqual(1);
    expect(seen.confirmations).toBeLessThan(19);
    // Without the token: the counts only.
    const anonymous = await status(order.id);
    expect(anonymous.body.payment_progress).toEqual({ state: "seen", confirmations: seen.confirmations, confirmations_required: 19 });
    await afterPolls(2);
    expect((await orderRow(order.id)).status).toBe("pending");

    sent.confirmed = true;
    await completed(order.id);
    const view = await status(order.id, token);
    expect(view.body.payment_progress).toBeUndefined();
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("ignores a token with another contract, whatever its symbol says, and counts the real one", async () => {
    const { order, payment } = await cryptoOrder("trc20_usdt");
    const fakeToken = fake.addTrc20({
      to: usdtAddress,
      value: BigInt(payment.amount_atomic),
      contract: randomTronAddress(),
      symbol: "USDT",
    });
    await afterPolls(4);
    expect((await orderRow(order.id)).status).toBe("pending");
    expect(await db.chainTransfer.count({ where: { txHash: fakeToken.txid } })).toBe(0);
    fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic) });
    await completed(order.id);
  });

  it("keeps a transfer that matches no order for the operator, who can attach it to one", async () => {
    const hook = await subscribeWebhook(["payment.unmatched"]);
    const stray = fake.addTrc20({ to: usdtAddress, value: 123_456_789n });
    const row = await until(
      () => db.chainTransfer.findFirst({ where: { txHash: stray.txid, outcome: "unmatched" } }),
      "the unmatched transfer",
    );
    expect(row).toMatchObject({
      chain: "tron",
      coin: "trc20_usdt",
      address: usdtAddress,
      amount: "123456789",
      status: "final",
      orderId: null,
    });
    const listed = (await listUnmatchedTransfers()).find((entry) => entry.id === row.id);
    expect(listed).toMatchObject({ tx_hash: stray.txid, amount: "123.456789", outcome: "unmatched", resolved_at: null });
    // The operator's endpoints are told once, however often the watcher sees it again.
    await afterPolls(2);
    const told = await hook.events("payment.unmatched", stray.txid);
    expect(told.map((event) => event.data.transfer)).toEqual([
      expect.objectContaining({ chain: "tron", coin: "trc20_usdt", tx_hash: stray.txid, address: usdtAddress, amount_atomic: "123456789" }),
    ]);
    await hook.remove();

    // A transfer made before the order existed is not its payment, even with its exact amount.
    const { order, payment } = await cryptoOrder("trc20_usdt");
    const early = fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic), timestamp: Date.parse(order.created_at) - 5_000 });
    await until(() => db.chainTransfer.findFirst({ where: { txHash: early.txid, outcome: "unmatched" } }), "the early transfer, unmatched");
    expect((await orderRow(order.id)).status).toBe("pending");

    expect(await attachTransferToOrder(row.id, order.id)).toBe("delivered");
    expect((await orderRow(order.id)).status).toBe("completed");
    expect((await listUnmatchedTransfers()).some((entry) => entry.id === row.id)).toBe(false);
    await expect(attachTransferToOrder(row.id, order.id)).rejects.toThrow(/already been resolved/);
  });
});

describe("late payments", () => {
  it("an expired order paid inside the grace window is delivered and flagged", async () => {
    const { product, order, payment } = await cryptoOrder("trc20_usdt");
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await until(async () => (await orderRow(order.id)).status === "expired", "expiry by the sweeper");
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 0 });
    fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic) });
    await completed(order.id);
    expect(await orderRow(order.id)).toMatchObject({ paymentFlag: "paid_late" });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
  });

  it("when the items are gone, the order stays paid, flagged, and the buyer's USDT balance is credited", async () => {
    const buyer = await makeUser();
    const { product, order, payment } = await cryptoOrder("trc20_usdt", { stock: 1, token: buyer.token });
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await until(async () => (await orderRow(order.id)).status === "expired", "expiry by the sweeper");
    const other = await makeUser({ balanceFen: 1_000_000n });
    const sold = await api("/api/orders/create", {
      base: server.baseUrl,
      token: other.token,
      json: { productId: product.id, quantity: 1, contactEmail: other.email, paymentMethod: "balance_cny" },
    });
    expect(sold.status).toBe(200);
    fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic) });
    await until(async () => (await orderRow(order.id)).status === "paid", "the late payment");
    const row = await orderRow(order.id);
    expect(row.paymentFlag).toBe("late_credited");
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 1 });
    const money = await balances(buyer.id);
    expect(money.usdt).toBe(fenToMicroUsdt(row.amountFen, row.cnyPerUsdtMicro!));
    expect(money.ledgerUsdt).toBe(money.usdt);
  });
});

describe("native TRX", () => {
  it("a failed transaction never counts; a successful one delivers", async () => {
    const { order, payment } = await cryptoOrder("trx");
    expect(payment).toMatchObject({ coin: "trx", address: trxAddress, decimals: 6 });
    const failed = fake.addTrx({ to: trxAddress, sun: BigInt(payment.amount_atomic), result: "REVERT" });
    const trc10 = fake.addTrx({ to: trxAddress, sun: BigInt(payment.amount_atomic), type: "TransferAssetContract" });
    await afterPolls(4);
    expect((await orderRow(order.id)).status).toBe("pending");
    expect(await db.chainTransfer.count({ where: { txHash: { in: [failed.txid, trc10.txid] } } })).toBe(0);
    const good = fake.addTrx({ to: trxAddress, sun: BigInt(payment.amount_atomic) });
    await completed(order.id);
    expect(await db.paymentEvent.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      eventKey: `tron:${good.txid}:0`,
      source: "trx",
    });
  });
});

describe("a failing provider", () => {
  it("backs off on 429, shows the chain degraded in /api/health with one log line, and recovers", async () => {
    fake.failWith = 429;
    fake.retryAfterSeconds = 2;
    const start = requestsNow();
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    // Polling every 0.3 s would have sent 6 requests or more; Retry-After holds it to one.
    expect(requestsNow() - start).toBeLessThanOrEqual(2);

    fake.failWith = 500;
    const health = await until(async () => {
      const { body } = await api("/api/health", { base: server.baseUrl });
      return body.status === "degraded" ? body : null;
    }, "the degraded health answer");
    expect(health.chains).toEqual(expect.arrayContaining([expect.objectContaining({ chain: "tron", status: "degraded" })]));
    await until(async () => /tron watcher degraded/.test(server.log()), "the degraded log line");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(server.log().match(/tron watcher degraded/g)).toHaveLength(1);

    fake.failWith = null;
    await until(async () => (await api("/api/health", { base: server.baseUrl })).body.status === "ok", "health back to ok", 30_000);
    expect(server.log()).toMatch(/tron watcher recovered/);
    // And it still works: payments made meanwhile are picked up.
    const { order, payment } = await cryptoOrder("trc20_usdt");
    fake.addTrc20({ to: usdtAddress, value: BigInt(payment.amount_atomic) });
    await completed(order.id);
  });
});
