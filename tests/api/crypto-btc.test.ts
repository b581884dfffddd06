// Bitcoin with BTC_XPUB against a fake Esplora on 127.0.0.1: every order gets a fresh BIP84
// address (never one twice), outputs to it add up, a short payment shows what is left to
// send, an over-payment delivers and is flagged for the operator, and a payment at or after
// the end of the order's time is applied late or kept for the operator, never lost (an order
// closed with part of its amount is flagged `partial` with what arrived); a payment read on
// every poll, or made while Esplora is down, is applied once.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { api } from "../support/api";
import { db, makeProduct, stockCounts } from "../support/fixtures";
import { orderRow, snapshotAddresses, startCryptoServer, until } from "../support/crypto";
import type { RunningServer } from "../support/server";
import { FakeEsplora } from "../fakes/esplora";
import { parseAccountKey, receivingAddress } from "@/lib/payments/crypto/xpub";
import { subscribeWebhook } from "../support/webhook-subscription";
import { attachTransferToOrder, listOperatorTransfers, listUnmatchedTransfers } from "@/lib/payments/chains/operator-transfers";
import { listFlaggedPayments } from "@/lib/admin/payments/flagged-payments";

// BIP84's test account ("abandon" x11 + "about"): its addresses are public test vectors.
const ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs";
const esplora = new FakeEsplora();
let server: RunningServer;
let restoreAddresses: () => Promise<void>;

beforeAll(async () => {
  await esplora.start();
  restoreAddresses = await snapshotAddresses(["btc"]);
  server = await startCryptoServer({ BTC_XPUB: ZPUB, BTC_API_URL: esplora.url, COIN_PRICES_USDT: "btc:60000" }, ["bitcoin"]);
});

afterAll(async () => {
  await server?.stop();
  await esplora.stop();
  await restoreAddresses?.();
  // Later files' instances watch Bitcoin too, through the real Esplora (out of reach here): this
  // file's addresses must not stay theirs to read, nor this chain's state show as degraded.
  await db.cryptoAmountLock.updateMany({ where: { coin: "btc" }, data: { lockedUntil: new Date(0) } });
  await db.chainTransfer.updateMany({ where: { chain: "bitcoin", status: "seen" }, data: { status: "dropped" } });
  await db.chainWatcher.deleteMany({ where: { chain: "bitcoin" } });
  expect(server.log()).not.toMatch(/unhandled error/);
});

async function btcOrder(product?: { id: string }) {
  product ??= await makeProduct({ priceFen: BigInt(randomInt(5_000, 90_000)), stock: 3 });
  const created = await api("/api/orders/create", {
    base: server.baseUrl,
    json: {
      productId: product.id,
      quantity: 1,
      contactEmail: `btc-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "crypto",
      coin: "btc",
    },
  });
  expect(created.status).toBe(200);
  return { product, order: created.body.order, payment: created.body.payment, token: created.body.access_token as string };
}

const status = (orderId: string, token: string) =>
  api(`/api/orders/${orderId}/status?token=${encodeURIComponent(token)}`, { base: server.baseUrl });
const completed = (orderId: string) => until(async () => (await orderRow(orderId)).status === "completed", `order ${orderId} completed`);
/** Lets the watcher start at least `polls` more polls (each asks for the tip height first). */
async function afterPolls(polls: number) {
  const tips = () => esplora.requests.filter((request) => request.url.pathname === "/blocks/tip/height").length;
  const start = tips();
  await until(async () => tips() >= start + polls, `${polls} more polls`);
}

describe("per-order Bitcoin addresses", () => {
  it("hands every order the next BIP84 address of the xpub, never one twice, and the price without steps", async () => {
    const config = await api("/api/payment-config", { base: server.baseUrl });
    expect(config.body.methods.crypto.coins).toEqual(
      expect.arrayContaining([expect.objectContaining({ coin: "btc", network: "Bitcoin" })]),
    );
    const product = await makeProduct({ priceFen: 7_200n, stock: 12 });
    const orders = await Promise.all(Array.from({ length: 10 }, () => btcOrder(product)));
    const addresses = orders.map((o) => o.payment.address as string);
    expect(new Set(addresses).size).toBe(10);
    const account = parseAccountKey(ZPUB);
    const next = (await db.btcDerivation.findFirstOrThrow()).nextIndex;
    const derived = Array.from({ length: next }, (_, i) => receivingAddress(account, i));
    for (const address of addresses) expect(derived).toContain(address);
    // 72 CNY = 10 USDT = 1/6000 BTC, rounded up to 100 sats: the same amount for all, no steps.
    expect(new Set(orders.map((o) => o.payment.amount_atomic))).toEqual(new Set(["16700"]));
    expect(orders[0]!.payment).toMatchObject({ coin: "btc", decimals: 8, amount: "0.000167" });
    expect(orders[0]!.payment.demo).toBeUndefined();
  });

  it("shows a mempool payment as seen (0 of 1), then delivers it once mined", async () => {
    const { order, payment, token } = await btcOrder();
    esplora.pay(payment.address, Number(payment.amount_atomic));
    const seen = await until(async () => (await status(order.id, token)).body.payment_progress, "payment seen");
    expect(seen).toMatchObject({ state: "seen", confirmations: 0, confirmations_required: 1, amount_seen: payment.amount });
    esplora.mine();
    await completed(order.id);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("adds outputs up: a short payment shows the remainder, the rest completes it", async () => {
    const { product, order, payment, token } = await btcOrder();
    const total = Number(payment.amount_atomic);
    const first = Math.floor(total / 3);
    esplora.pay(payment.address, first);
    esplora.mine();
    const partial = await until(async () => {
      const progress = (await status(order.id, token)).body.payment_progress;
      return progress?.state === "partial" ? progress : null;
    }, "partial payment");
    expect(BigInt(Math.round(Number(partial.received) * 1e8))).toBe(BigInt(first));
    expect(BigInt(Math.round(Number(partial.remaining) * 1e8))).toBe(BigInt(total - first));
    expect((await orderRow(order.id)).status).toBe("pending");

    // The rest in two outputs of one transaction.
    const rest = total - first;
    esplora.pay(payment.address, Math.floor(rest / 2), rest - Math.floor(rest / 2));
    esplora.mine();
    await completed(order.id);
    expect((await orderRow(order.id)).paymentFlag).toBeNull();
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    // The earlier outputs are relabelled counted just after the payment commits: wait for the watcher's bookkeeping.
    await until(
      async () => (await db.chainTransfer.count({ where: { orderId: order.id, outcome: "partial" } })) === 0,
      "partial outputs counted",
    );
    expect(await db.chainTransfer.count({ where: { orderId: order.id, outcome: "counted" } })).toBe(2);
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
  });

  it("delivers an over-payment and flags it for the operator", async () => {
    const { order, payment } = await btcOrder();
    const tx = esplora.pay(payment.address, Number(payment.amount_atomic) + 50_000);
    esplora.mine();
    await completed(order.id);
    expect((await orderRow(order.id)).paymentFlag).toBe("over_paid");
    // The transfer's outcome is written just after the payment commits (as the partial outputs' above): wait for it.
    const listed = await until(
      async () => (await listOperatorTransfers()).find((entry) => entry.tx_hash === tx.txid && entry.outcome === "over_paid"),
      "over-payment listed",
    );
    expect(listed).toMatchObject({ outcome: "over_paid", order_id: order.id, chain: "bitcoin" });
  });

  it("forgets a replaced mempool transaction from the progress", async () => {
    const { order, payment, token } = await btcOrder();
    const tx = esplora.pay(payment.address, Number(payment.amount_atomic));
    await until(async () => (await status(order.id, token)).body.payment_progress, "payment seen");
    esplora.drop(tx.txid);
    await until(async () => (await status(order.id, token)).body.payment_progress === undefined, "progress gone");
    expect(await db.chainTransfer.findFirstOrThrow({ where: { txHash: tx.txid } })).toMatchObject({ status: "dropped" });
    expect((await orderRow(order.id)).status).toBe("pending");
  });
});

describe("payments at and after the end of an order's time", () => {
  const DAY_MS = 86_400_000;
  /** The order expired (by the sweeper) and its lock's grace window over: the lock ended `agoMs` ago. */
  async function runOut(orderId: string, agoMs: number) {
    await db.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await until(async () => (await orderRow(orderId)).status === "expired", "expiry by the sweeper");
    await db.cryptoAmountLock.updateMany({ where: { orderId }, data: { lockedUntil: new Date(Date.now() - agoMs) } });
  }

  it("a payment seen in the mempool before the lock ran out and mined after it is applied once, as a late payment", async () => {
    const { product, order, payment, token } = await btcOrder();
    const tx = esplora.pay(payment.address, Number(payment.amount_atomic));
    await until(async () => (await status(order.id, token)).body.payment_progress, "payment seen");
    // As if it had waited in the mempool for a day: seen a minute before the lock ended, a day ago
    // (longer than any watch after a lock's end), and still unconfirmed.
    await runOut(order.id, DAY_MS);
    await db.chainTransfer.updateMany({ where: { txHash: tx.txid }, data: { createdAt: new Date(Date.now() - DAY_MS - 60_000) } });
    await afterPolls(3);
    expect(await db.chainTransfer.findFirstOrThrow({ where: { txHash: tx.txid } })).toMatchObject({ status: "seen", orderId: order.id });
    // The expired order still shows the payment on its way.
    expect((await status(order.id, token)).body).toMatchObject({
      status: "expired",
      payment_progress: { state: "seen", confirmations: 0, confirmations_required: 1 },
    });

    esplora.mine();
    await completed(order.id);
    expect(await orderRow(order.id)).toMatchObject({ paymentFlag: "paid_late" });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
    await until(
      () => db.chainTransfer.findFirst({ where: { txHash: tx.txid, status: "final", outcome: "delivered_late", orderId: order.id } }),
      "the transfer's outcome",
    );
    await afterPolls(3);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
  });

  /** The flagged-payments entry of an order, as the console lists it. */
  const flagged = async (orderId: string) =>
    (await listFlaggedPayments({ state: "open", limit: 100 })).items.find((entry) => entry.id === orderId);

  it("an order that expires with part of its amount received is flagged partial, with what arrived", async () => {
    const { product, order, payment } = await btcOrder();
    const short = Math.floor(Number(payment.amount_atomic) / 3);
    esplora.pay(payment.address, short);
    esplora.mine();
    await until(() => db.chainTransfer.findFirst({ where: { orderId: order.id, outcome: "partial" } }), "the partial output recorded");
    expect((await orderRow(order.id)).paymentFlag).toBeNull();
    await runOut(order.id, 1_000);
    const row = await orderRow(order.id);
    expect(row).toMatchObject({ status: "expired", paymentFlag: "partial", paidAt: null, paymentFlagResolvedAt: null });
    expect(row.paymentFlaggedAt).not.toBeNull();
    expect(await flagged(order.id)).toMatchObject({
      flag: "partial",
      status: "expired",
      coin: "btc",
      pay_amount: payment.amount,
      received: (short / 1e8).toFixed(8).replace(/0+$/, ""),
    });
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 0 });
  });

  it("part of the amount arriving after the order expired, inside the grace window, flags it partial as it is recorded", async () => {
    const { order, payment } = await btcOrder();
    // Expired by the sweeper; its lock still runs for the grace window.
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await until(async () => (await orderRow(order.id)).status === "expired", "expiry by the sweeper");
    expect((await orderRow(order.id)).paymentFlag).toBeNull();
    const short = Number(payment.amount_atomic) - 1_000;
    esplora.pay(payment.address, short);
    esplora.mine();
    await until(async () => (await orderRow(order.id)).paymentFlag === "partial", "the partial flag");
    expect(await db.chainTransfer.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      outcome: "partial",
      status: "final",
    });
    expect((await flagged(order.id))?.received).toBe((short / 1e8).toFixed(8).replace(/0+$/, ""));
    // The rest, still inside the window: the order is paid late and delivered, the flag says so.
    esplora.pay(payment.address, 1_000);
    esplora.mine();
    await completed(order.id);
    expect(await orderRow(order.id)).toMatchObject({ paymentFlag: "paid_late", paymentFlagResolvedAt: null });
    expect((await flagged(order.id))?.received).toBeNull();
  });

  it("a payment after the lock ran out is recorded for the operator, never dropped; an address long past its time is not read", async () => {
    const hook = await subscribeWebhook(["payment.unmatched"]);
    const { order, payment } = await btcOrder();
    await runOut(order.id, 1_000);
    const tx = esplora.pay(payment.address, Number(payment.amount_atomic));
    esplora.mine();
    const row = await until(
      () => db.chainTransfer.findFirst({ where: { txHash: tx.txid, outcome: "unmatched" } }),
      "the late transfer, unmatched",
    );
    expect(row).toMatchObject({
      chain: "bitcoin",
      address: payment.address,
      amount: payment.amount_atomic,
      status: "final",
      orderId: null,
    });
    expect((await listUnmatchedTransfers()).some((entry) => entry.id === row.id)).toBe(true);
    await afterPolls(2);
    expect(await hook.events("payment.unmatched", tx.txid)).toHaveLength(1);
    expect((await orderRow(order.id)).status).toBe("expired");
    await hook.remove();
    // The operator attaches it: the order is paid late, once.
    expect(await attachTransferToOrder(row.id, order.id)).toBe("delivered_late");

    // The watch is bounded: an address whose lock ended a day ago is no longer asked about.
    const old = await btcOrder();
    await runOut(old.order.id, DAY_MS);
    await afterPolls(2);
    const from = esplora.requests.length;
    await afterPolls(3);
    expect(esplora.requests.slice(from).some((request) => request.url.pathname.includes(old.payment.address))).toBe(false);
  });
});

describe("read again, or while Esplora is down", () => {
  it("a mined payment listed on every poll is applied once", async () => {
    const { product, order, payment } = await btcOrder();
    const tx = esplora.pay(payment.address, Number(payment.amount_atomic));
    esplora.mine();
    await completed(order.id);
    // Esplora keeps listing it (and the watcher keeps reading the address while it is watched), deeper each block.
    const from = esplora.requests.length;
    esplora.mine(2);
    await afterPolls(4);
    expect(esplora.requests.slice(from).filter((request) => request.url.pathname.includes(payment.address)).length).toBeGreaterThan(1);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.chainTransfer.count({ where: { txHash: tx.txid } })).toBe(1);
    expect(await db.chainTransfer.findFirstOrThrow({ where: { txHash: tx.txid } })).toMatchObject({
      status: "final",
      orderId: order.id,
      outcome: "delivered",
    });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
  });

  it("backs off on 429, shows Bitcoin degraded in /api/health with one log line, then applies a payment made meanwhile once", async () => {
    const bitcoinHealth = async () => {
      const { body } = await api("/api/health", { base: server.baseUrl });
      return { body, bitcoin: (body.chains ?? []).find((entry: { chain: string }) => entry.chain === "bitcoin") };
    };
    const { order, payment } = await btcOrder();
    // A failure here must not leave the fake failing for the tests after it.
    onTestFinished(() => {
      esplora.failWith = null;
    });
    esplora.failWith = 429;
    esplora.retryAfterSeconds = 2;
    const start = esplora.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    // Polling every 0.3 s would have sent 6 requests or more; Retry-After holds it to one.
    expect(esplora.requests.length - start).toBeLessThanOrEqual(2);

    esplora.failWith = 500;
    const tx = esplora.pay(payment.address, Number(payment.amount_atomic));
    esplora.mine();
    const health = await until(async () => {
      const answer = await bitcoinHealth();
      return answer.bitcoin?.status === "degraded" ? answer.body : null;
    }, "the degraded health answer");
    expect(health.status).toBe("degraded");
    await until(async () => /bitcoin watcher degraded/.test(server.log()), "the degraded log line");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(server.log().match(/bitcoin watcher degraded/g)).toHaveLength(1);
    expect((await orderRow(order.id)).status).toBe("pending");

    esplora.failWith = null;
    await until(async () => (await bitcoinHealth()).bitcoin?.status === "ok", "Bitcoin back to ok", 30_000);
    expect(server.log()).toMatch(/bitcoin watcher recovered/);
    await completed(order.id);
    await afterPolls(3);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.chainTransfer.count({ where: { txHash: tx.txid } })).toBe(1);
  });
});
