// The Ethereum and BSC watchers against fake JSON-RPC nodes on 127.0.0.1: Tether Transfer
// logs and native ETH/BNB payments count once they have their confirmations, exactly once;
// removed logs, reverted transactions, other tokens and reorganised blocks never count; late
// and unmatched transfers are kept, and a failing node is shown and caught up on.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { api } from "../support/api";
import { makeAdmin } from "../support/admin";
import { balances, db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { orderRow, snapshotAddresses, startCryptoServer, until } from "../support/crypto";
import type { RunningServer } from "../support/server";
import { FakeEvmChain, MAX_LOG_RANGE, randomEvmAddress } from "../fakes/evm-rpc";
import { subscribeWebhook } from "../support/webhook-subscription";
import { COINS } from "@/lib/payments/crypto/coins";
import { listUnmatchedTransfers } from "@/lib/payments/chains/operator-transfers";
import { fenToMicroUsdt } from "@/lib/payments/rates";

const eth = new FakeEvmChain(1);
const bsc = new FakeEvmChain(56);
const ETH_USDT = COINS.erc20_usdt.contract;
const BSC_USDT = COINS.bep20_usdt.contract;
// Two Tether addresses on Ethereum (one written in upper case: the checksum case is not part of an address).
const erc20Addresses = [randomEvmAddress(), `0x${randomEvmAddress().slice(2).toUpperCase()}`];
const ethAddress = randomEvmAddress();
const bep20Address = randomEvmAddress();
const bnbAddress = randomEvmAddress();
let server: RunningServer;
let restoreAddresses: () => Promise<void>;

beforeAll(async () => {
  await Promise.all([eth.start(), bsc.start()]);
  restoreAddresses = await snapshotAddresses(["erc20_usdt", "eth", "bep20_usdt", "bnb"]);
  server = await startCryptoServer(
    {
      ETH_RPC_URL: eth.url,
      BSC_RPC_URL: bsc.url,
      RECEIVE_ERC20_USDT: erc20Addresses.join(","),
      RECEIVE_ETH: ethAddress,
      RECEIVE_BEP20_USDT: bep20Address,
      RECEIVE_BNB: bnbAddress,
      COIN_PRICES_USDT: "eth:3000,bnb:600",
    },
    ["ethereum", "bsc"],
  );
});

afterAll(async () => {
  await server?.stop();
  await Promise.all([eth.stop(), bsc.stop()]);
  await restoreAddresses?.();
  expect(server.log()).not.toMatch(/unhandled error/);
});

type Coin = "erc20_usdt" | "bep20_usdt" | "eth" | "bnb";

async function cryptoOrder(coin: Coin, product?: { id: string }, token?: string) {
  product ??= await makeProduct({ priceFen: BigInt(randomInt(500, 90_000)), stock: 3 });
  const created = await api("/api/orders/create", {
    base: server.baseUrl,
    token,
    json: {
      productId: product.id,
      quantity: 1,
      contactEmail: `evm-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "crypto",
      coin,
    },
  });
  expect(created.status).toBe(200);
  return { product, order: created.body.order, payment: created.body.payment, token: created.body.access_token as string };
}

const status = (orderId: string, token: string) =>
  api(`/api/orders/${orderId}/status?token=${encodeURIComponent(token)}`, { base: server.baseUrl });
const completed = (orderId: string) => until(async () => (await orderRow(orderId)).status === "completed", `order ${orderId} completed`);
/** Lets the watcher poll `chain` at least `polls` more times (each poll asks eth_blockNumber once). */
async function afterPolls(chain: FakeEvmChain, polls: number) {
  const count = () => chain.methods().filter((m) => m.method === "eth_blockNumber").length;
  const start = count();
  await until(async () => count() >= start + polls, `${polls} more polls`);
}

describe("ERC-20 and BEP-20 Tether", () => {
  it("shows the payment seen with k of 12 confirmations, then delivers it once at 12", async () => {
    const { order, payment, token } = await cryptoOrder("erc20_usdt");
    expect(erc20Addresses).toContain(payment.address);
    eth.sendToken({ contract: ETH_USDT, to: payment.address, amount: BigInt(payment.amount_atomic) });
    eth.mine(1);
    const seen = await until(async () => (await status(order.id, token)).body.payment_progress, "payment seen");
    expect(seen).toMatchObject({ state: "seen", confirmations: 1, confirmations_required: 12, amount_seen: payment.amount });
    eth.mine(5);
    await until(async () => (await status(order.id, token)).body.payment_progress?.confirmations === 6, "6 of 12");
    expect((await orderRow(order.id)).status).toBe("pending");
    eth.mine(6);
    await completed(order.id);
    await afterPolls(eth, 3);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect((await status(order.id, token)).body).toMatchObject({ status: "completed", delivered: true });
  });

  it("delivers a BEP-20 payment in 18-decimal units beyond 64-bit integers", async () => {
    const product = await makeProduct({ priceFen: 100_000n + BigInt(randomInt(0, 50_000)), stock: 2 });
    const { order, payment } = await cryptoOrder("bep20_usdt", product);
    expect(BigInt(payment.amount_atomic) > 2n ** 63n).toBe(true);
    expect(payment).toMatchObject({ address: bep20Address, decimals: 18, network: "BSC" });
    bsc.sendToken({ contract: BSC_USDT, to: bep20Address, amount: BigInt(payment.amount_atomic) });
    bsc.mine(15);
    await completed(order.id);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 1 });
  });

  it("never counts another token's log, a reverted transfer or a removed log", async () => {
    const { order, payment } = await cryptoOrder("erc20_usdt");
    const amount = BigInt(payment.amount_atomic);
    eth.sendToken({ contract: randomEvmAddress(), to: payment.address, amount });
    eth.sendToken({ contract: ETH_USDT, to: payment.address, amount, failed: true });
    eth.sendToken({ contract: ETH_USDT, to: payment.address, amount });
    eth.mine(1);
    // That block is replaced; the node keeps answering its logs, marked removed.
    eth.reportRemoved = true;
    eth.reorg(1, () => false);
    eth.mine(14);
    await afterPolls(eth, 4);
    eth.reportRemoved = false;
    expect((await orderRow(order.id)).status).toBe("pending");
    expect(await db.chainTransfer.count({ where: { orderId: order.id, status: "final" } })).toBe(0);

    const good = eth.sendToken({ contract: ETH_USDT, to: payment.address, amount });
    eth.mine(12);
    await completed(order.id);
    expect(await db.paymentEvent.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      eventKey: expect.stringContaining(`ethereum:${good.hash}:`),
    });
  });
});

describe("late and unmatched transfers", () => {
  /** The order expired by the sweeper; its amount stays held for the grace window. */
  async function expire(orderId: string) {
    await db.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await until(async () => (await orderRow(orderId)).status === "expired", "expiry by the sweeper");
  }

  it("an expired order paid inside the grace window is delivered once and flagged", async () => {
    const { product, order, payment } = await cryptoOrder("erc20_usdt");
    await expire(order.id);
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 0 });
    const sent = eth.sendToken({ contract: ETH_USDT, to: payment.address, amount: BigInt(payment.amount_atomic) });
    eth.mine(12);
    await completed(order.id);
    expect(await orderRow(order.id)).toMatchObject({ paymentFlag: "paid_late" });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
    await afterPolls(eth, 3);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.chainTransfer.findFirstOrThrow({ where: { txHash: sent.hash } })).toMatchObject({
      outcome: "delivered_late",
      orderId: order.id,
      status: "final",
    });
  });

  it("when the items are gone, the order stays paid, flagged, and the buyer's USDT balance is credited", async () => {
    const buyer = await makeUser();
    const product = await makeProduct({ priceFen: BigInt(randomInt(500, 90_000)), stock: 1 });
    const { order, payment } = await cryptoOrder("bnb", product, buyer.token);
    await expire(order.id);
    const other = await makeUser({ balanceFen: 1_000_000n });
    const sold = await api("/api/orders/create", {
      base: server.baseUrl,
      token: other.token,
      json: { productId: product.id, quantity: 1, contactEmail: other.email, paymentMethod: "balance_cny" },
    });
    expect(sold.status).toBe(200);
    bsc.sendNative({ to: bnbAddress, value: BigInt(payment.amount_atomic) });
    bsc.mine(15);
    await until(async () => (await orderRow(order.id)).status === "paid", "the late payment");
    const row = await orderRow(order.id);
    expect(row.paymentFlag).toBe("late_credited");
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 1 });
    const money = await balances(buyer.id);
    expect(money.usdt).toBe(fenToMicroUsdt(row.amountFen, row.cnyPerUsdtMicro!));
    expect(money.ledgerUsdt).toBe(money.usdt);
    await afterPolls(bsc, 3);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect((await balances(buyer.id)).usdt).toBe(money.usdt);
  });

  it("keeps a Tether transfer that matches no order for the operator, told once", async () => {
    const hook = await subscribeWebhook(["payment.unmatched"]);
    const to = erc20Addresses[0]!;
    const stray = eth.sendToken({ contract: ETH_USDT, to, amount: 123_456_789n });
    eth.mine(12);
    const row = await until(
      () => db.chainTransfer.findFirst({ where: { txHash: stray.hash, outcome: "unmatched" } }),
      "the unmatched transfer",
    );
    expect(row).toMatchObject({ chain: "ethereum", coin: "erc20_usdt", amount: "123456789", status: "final", orderId: null });
    expect(row.address.toLowerCase()).toBe(to.toLowerCase());
    const listed = (await listUnmatchedTransfers()).find((entry) => entry.id === row.id);
    expect(listed).toMatchObject({ tx_hash: stray.hash, amount: "123.456789", outcome: "unmatched", resolved_at: null });
    // Read again on later polls (and seen earlier, below its confirmations): one row, one event.
    eth.mine(2);
    await afterPolls(eth, 3);
    expect(await db.chainTransfer.count({ where: { txHash: stray.hash } })).toBe(1);
    const told = await hook.events("payment.unmatched", stray.hash);
    expect(told.map((event) => event.data.transfer)).toEqual([
      expect.objectContaining({ chain: "ethereum", coin: "erc20_usdt", tx_hash: stray.hash, amount_atomic: "123456789" }),
    ]);
    await hook.remove();
  });
});

describe("a failing node", () => {
  const ethHealth = async () => {
    const { body } = await api("/api/health", { base: server.baseUrl });
    return { body, ethereum: (body.chains ?? []).find((entry: { chain: string }) => entry.chain === "ethereum") };
  };

  it("backs off on 429, shows Ethereum degraded in /api/health with one log line, and applies a payment made meanwhile once", async () => {
    const { order, payment } = await cryptoOrder("erc20_usdt");
    // A failure here must not leave the fake failing for the tests after it.
    onTestFinished(() => {
      eth.failWith = null;
    });
    eth.failWith = 429;
    eth.retryAfterSeconds = 2;
    const start = eth.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    // Polling every 0.3 s would have sent 6 requests or more; Retry-After holds it to one.
    expect(eth.requests.length - start).toBeLessThanOrEqual(2);

    eth.failWith = 500;
    // Paid while the node is down.
    const sent = eth.sendToken({ contract: ETH_USDT, to: payment.address, amount: BigInt(payment.amount_atomic) });
    eth.mine(12);
    const health = await until(async () => {
      const answer = await ethHealth();
      return answer.ethereum?.status === "degraded" ? answer.body : null;
    }, "the degraded health answer");
    expect(health.status).toBe("degraded");
    expect(health.chains).toEqual(expect.arrayContaining([expect.objectContaining({ chain: "bsc", status: "ok" })]));
    await until(async () => /ethereum watcher degraded/.test(server.log()), "the degraded log line");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(server.log().match(/ethereum watcher degraded/g)).toHaveLength(1);
    expect((await orderRow(order.id)).status).toBe("pending");

    eth.failWith = null;
    await until(async () => (await ethHealth()).ethereum?.status === "ok", "Ethereum back to ok", 30_000);
    expect(server.log()).toMatch(/ethereum watcher recovered/);
    await completed(order.id);
    await afterPolls(eth, 3);
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.chainTransfer.count({ where: { txHash: sent.hash } })).toBe(1);
  });
});

describe("native ETH and BNB", () => {
  it("a reverted payment never counts, a successful one delivers", async () => {
    const { order, payment } = await cryptoOrder("eth");
    expect(payment).toMatchObject({ address: ethAddress, decimals: 18 });
    const failed = eth.sendNative({ to: ethAddress, value: BigInt(payment.amount_atomic), failed: true });
    eth.mine(13);
    await afterPolls(eth, 3);
    expect((await orderRow(order.id)).status).toBe("pending");
    expect(await db.chainTransfer.count({ where: { txHash: failed.hash } })).toBe(0);
    const good = eth.sendNative({ to: ethAddress, value: BigInt(payment.amount_atomic) });
    eth.mine(12);
    await completed(order.id);
    expect(await db.paymentEvent.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      eventKey: `ethereum:${good.hash}:value`,
      source: "eth",
    });
  });

  it("a BNB payment delivers after 15 confirmations", async () => {
    const { order, payment } = await cryptoOrder("bnb");
    bsc.sendNative({ to: bnbAddress, value: BigInt(payment.amount_atomic) });
    bsc.mine(14);
    await afterPolls(bsc, 3);
    expect((await orderRow(order.id)).status).toBe("pending");
    bsc.mine(1);
    await completed(order.id);
  });

  it("waits for the operator's confirmations when set (PATCH /api/admin/settings), and the environment's again when cleared", async () => {
    const admin = await makeAdmin();
    const setBsc = (value: number | null) =>
      api("/api/admin/settings", { method: "PATCH", token: admin.token, json: { bsc_confirmations: value } });
    expect((await setBsc(4)).status).toBe(200);
    try {
      const { order, payment } = await cryptoOrder("bnb");
      bsc.sendNative({ to: bnbAddress, value: BigInt(payment.amount_atomic) });
      bsc.mine(3);
      await afterPolls(bsc, 3);
      expect((await orderRow(order.id)).status).toBe("pending");
      bsc.mine(1);
      await completed(order.id);
    } finally {
      expect((await setBsc(null)).status).toBe(200);
    }
    // Cleared: 15 again (BSC_CONFIRMATIONS' default).
    const { order, payment } = await cryptoOrder("bnb");
    bsc.sendNative({ to: bnbAddress, value: BigInt(payment.amount_atomic) });
    bsc.mine(4);
    await afterPolls(bsc, 3);
    expect((await orderRow(order.id)).status).toBe("pending");
    bsc.mine(11);
    await completed(order.id);
  });

  it("costs requests per transfer, not per block: quiet blocks are never read, log windows stay small", async () => {
    await afterPolls(eth, 2);
    const before = eth.methods().length;
    eth.mine(150);
    await afterPolls(eth, 4);
    const since = eth.methods().slice(before);
    expect(since.filter((m) => m.method === "eth_getBlockByNumber" && m.params[1] === true)).toHaveLength(0);
    for (const { params } of eth.methods().filter((m) => m.method === "eth_getLogs")) {
      const filter = params[0] as { fromBlock: string; toBlock: string; address: string };
      expect(BigInt(filter.toBlock) - BigInt(filter.fromBlock) + 1n).toBeLessThanOrEqual(100n);
      expect(BigInt(filter.toBlock) - BigInt(filter.fromBlock) + 1n).toBeLessThan(MAX_LOG_RANGE);
      expect(filter.address).toBe(ETH_USDT);
    }
  });
});

describe("a chain with 20 pending orders on 2 addresses", () => {
  it("delivers exactly the orders whose payments are final: out of order, one reorganised away, one too young", async () => {
    const product = await makeProduct({ priceFen: BigInt(randomInt(100_000, 200_000)), stock: 20 });
    const orders: Awaited<ReturnType<typeof cryptoOrder>>[] = [];
    for (let i = 0; i < 20; i++) orders.push(await cryptoOrder("erc20_usdt", product));
    // One price, two addresses: the pairs spread over both addresses, then one step up.
    expect(new Set(orders.map((o) => o.payment.address))).toEqual(new Set(erc20Addresses));
    expect(new Set(orders.map((o) => `${o.payment.address}|${o.payment.amount_atomic}`)).size).toBe(20);

    const send = (i: number) =>
      eth.sendToken({ contract: ETH_USDT, to: orders[i]!.payment.address, amount: BigInt(orders[i]!.payment.amount_atomic) });
    const shuffled = (list: number[]) =>
      list
        .map((i) => [Math.random(), i] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, i]) => i);
    // Orders 0-17 are paid in three blocks, in random order; 18's block is reorganised away; 19 is paid last.
    const batches = [shuffled([0, 1, 2, 3, 4, 5]), shuffled([6, 7, 8, 9, 10, 11]), shuffled([12, 13, 14, 15, 16, 17])];
    for (const i of batches[2]!) send(i);
    eth.mine(1);
    for (const i of batches[0]!) send(i);
    send(18);
    eth.mine(2);
    await afterPolls(eth, 2);
    eth.reorg(
      2,
      (tx) =>
        !tx.logs.some(
          (log) =>
            log.topics[2]?.endsWith(orders[18]!.payment.address.slice(2).toLowerCase()) &&
            BigInt(log.data) === BigInt(orders[18]!.payment.amount_atomic),
        ),
    );
    for (const i of batches[1]!) send(i);
    eth.mine(1);
    eth.mine(20);
    send(19);
    eth.mine(5); // 19 has 5 of 12

    await until(
      async () => (await db.order.count({ where: { id: { in: orders.map((o) => o.order.id) }, status: "completed" } })) === 18,
      "18 orders delivered",
      30_000,
    );
    await afterPolls(eth, 3);
    const rows = await db.order.findMany({ where: { id: { in: orders.map((o) => o.order.id) } }, select: { id: true, status: true } });
    const statusOf = new Map(rows.map((row) => [row.id, row.status]));
    orders.forEach((o, i) => expect(statusOf.get(o.order.id), `order ${i}`).toBe(i < 18 ? "completed" : "pending"));
    for (const o of orders.slice(0, 18)) expect(await db.paymentEvent.count({ where: { orderId: o.order.id } })).toBe(1);
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 2, sold: 18 });
    // The reorganised payment is gone from progress; the young one shows as seen.
    expect((await status(orders[18]!.order.id, orders[18]!.token)).body.payment_progress).toBeUndefined();
    expect((await status(orders[19]!.order.id, orders[19]!.token)).body.payment_progress).toMatchObject({
      state: "seen",
      confirmations: 5,
      confirmations_required: 12,
    });
  });
});
