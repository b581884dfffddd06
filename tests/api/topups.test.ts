// Balance top-ups: POST /api/topups and GET /api/topups/:id with a bearer token, paid through
// the EPay fake (cashier) or crypto (a TRON watcher polling a fake TronGrid), credited once
// through the ledger whatever the concurrency, and the ledger always sums to the balance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribeWebhook } from "../support/webhook-subscription";
import { db, makeUser, balances } from "../support/fixtures";
import { startShop, eventually, type Shop } from "../support/shop";
import { startFakeEpay, type FakeEpay } from "../fakes/epay";
import { deliverNotify } from "../fakes/fake-http";
import { api } from "../support/api";
import { snapshotAddresses, startCryptoServer, until } from "../support/crypto";
import type { RunningServer } from "../support/server";
import { FakeTronGrid, randomTronAddress, randomTxId } from "../fakes/trongrid";
import { topupAnswerSchema } from "@/lib/api/response-schemas";
import { observeTransfer } from "@/lib/payments/chains/record-transfer";
import { listUnmatchedTransfers } from "@/lib/payments/chains/operator-transfers";
import { listTransfers } from "@/lib/admin/payments/transfers";

let shop: Shop;
let epay: FakeEpay;

beforeAll(async () => {
  epay = await startFakeEpay();
  shop = await startShop(() => ({
    EPAY_URL: epay.baseUrl,
    EPAY_PID: epay.pid,
    EPAY_KEY: epay.key,
    CASHIER_RECONCILE_SECONDS: "0",
    TOPUP_MIN_CNY: "5",
    TOPUP_MAX_CNY: "2000",
    TOPUP_MIN_USDT: "2",
    TOPUP_MAX_USDT: "500",
  }));
  await db.paymentAddress.upsert({
    where: { coin_address: { coin: "trc20_usdt", address: "TTopupTestReceivingAddress00000001" } },
    create: { coin: "trc20_usdt", address: "TTopupTestReceivingAddress00000001" },
    update: { active: true },
  });
  await eventually(
    () => shop.call("/api/payment-config"),
    (answer) => answer.body.methods.crypto.coins.some((coin: { coin: string }) => coin.coin === "trc20_usdt"),
  );
});
afterAll(async () => {
  await shop?.stop();
  await epay?.close();
  expect(shop.log()).not.toMatch(/unhandled error/);
});

const topUp = (token: string, json: Record<string, unknown>) => shop.call("/api/topups", { json, token });
const notify = (topupNo: string) => deliverNotify(`${shop.baseUrl}/api/payments/epay/notify?${epay.notifyParams(topupNo)}`);

describe("POST /api/topups", () => {
  it("needs a bearer token and valid input within the limits; refusals create nothing", async () => {
    const user = await makeUser();
    expect((await shop.call("/api/topups", { json: { currency: "CNY", amount: 10, paymentMethod: "alipay" } })).status).toBe(401);
    const refusals: [Record<string, unknown>, string][] = [
      [{ currency: "CNY", amount: 4.99, paymentMethod: "alipay" }, "Top-up amount must be between 5 and 2000 CNY"],
      [{ currency: "CNY", amount: "2000.01", paymentMethod: "wechat" }, "Top-up amount must be between 5 and 2000 CNY"],
      [{ currency: "USDT", amount: 1, paymentMethod: "crypto", coin: "trc20_usdt" }, "Top-up amount must be between 2 and 500 USDT"],
      [{ currency: "CNY", amount: 10.001, paymentMethod: "alipay" }, "amount: amount must be a positive amount with at most 2 decimals"],
      [{ currency: "CNY", amount: -10, paymentMethod: "alipay" }, "amount: amount must be a positive amount with at most 2 decimals"],
      [{ currency: "USDT", amount: 10, paymentMethod: "alipay" }, "A USDT balance is topped up with crypto"],
      [
        { currency: "USDT", amount: 10, paymentMethod: "crypto", coin: "btc" },
        "A USDT balance is topped up in USDT: trc20_usdt, erc20_usdt, bep20_usdt",
      ],
      [{ currency: "CNY", amount: 10, paymentMethod: "crypto" }, "coin: coin is required when paymentMethod is crypto"],
      [{ currency: "CNY", amount: 10, paymentMethod: "crypto", coin: "eth" }, "Coin not available"],
    ];
    for (const [json, error] of refusals) {
      const answer = await topUp(user.token, json);
      expect(answer.status, JSON.stringify(json)).toBe(400);
      expect(answer.body.error).toBe(error);
    }
    expect(await db.topup.count({ where: { userId: user.id } })).toBe(0);
  });

  it("CNY through the cashier: pending with the cashier's link, credited once by the notify, shown to its owner only", async () => {
    const user = await makeUser();
    const created = await topUp(user.token, { currency: "CNY", amount: 88.8, paymentMethod: "alipay" });
    expect(created.status).toBe(200);
    const answer = topupAnswerSchema.parse(created.body);
    expect(answer.topup).toMatchObject({ status: "pending", currency: "CNY", amount: 88.8, payment_method: "alipay" });
    expect(answer.payment).toMatchObject({ method: "alipay", pay_url: expect.stringContaining(epay.baseUrl) });
    expect(epay.trades.get(answer.topup.topup_no)).toMatchObject({
      money: "88.80",
      returnUrl: `${shop.baseUrl}/account/top-ups/${answer.topup.id}`,
    });

    expect(await epay.pay(answer.topup.topup_no)).toEqual({ status: 200, text: "success" });
    const after = await shop.call(`/api/topups/${answer.topup.id}`, { token: user.token });
    expect(after.body.topup).toMatchObject({ status: "completed", paid_at: expect.any(String) });
    expect(after.body.payment).toEqual({ method: "alipay", paid: true });
    expect(await balances(user.id)).toMatchObject({ cny: 8880n, ledgerCny: 8880n });
    expect(await db.ledgerEntry.findMany({ where: { userId: user.id }, select: { reason: true, reference: true, amount: true } })).toEqual([
      { reason: "top_up", reference: answer.topup.topup_no, amount: 8880n },
    ]);
    // By number too; another user's top-up does not exist for them.
    expect((await shop.call(`/api/topups/${answer.topup.topup_no}`, { token: user.token })).status).toBe(200);
    const stranger = await makeUser();
    expect(await shop.call(`/api/topups/${answer.topup.id}`, { token: stranger.token })).toMatchObject({
      status: 404,
      body: { error: "Top-up not found" },
    });
  });

  it("twenty concurrent notifies for one top-up credit it once; the ledger sums to the balance", async () => {
    const hook = await subscribeWebhook(["topup.credited"]);
    const user = await makeUser({ balanceFen: 100n });
    const created = await topUp(user.token, { currency: "CNY", amount: 50, paymentMethod: "wechat" });
    const topupNo = created.body.topup.topup_no as string;
    epay.trades.get(topupNo)!.paid = true;
    const answers = await Promise.all(Array.from({ length: 20 }, () => notify(topupNo)));
    expect(answers.every((answer) => answer.text === "success")).toBe(true);
    const after = await balances(user.id);
    expect(after.cny).toBe(5100n);
    expect(after.ledgerCny).toBe(after.cny);
    expect(await db.topupEvent.count({ where: { topupId: created.body.topup.id } })).toBe(1);
    // Credited once, mailed once, in the language of the request that opened it (none sent: zh).
    const mails = await db.mailOutbox.findMany({
      where: { dedupeKey: `topup_credited:${created.body.topup.id}` },
      select: { kind: true, locale: true, toAddress: true },
    });
    expect(mails).toEqual([{ kind: "topup_credited", locale: "zh", toAddress: user.email }]);
    // ... and told once to the operator's endpoints, as topup.credited.
    const told = await hook.events("topup.credited", topupNo);
    expect(told).toHaveLength(1);
    expect(told[0]!.data.topup).toMatchObject({ topup_no: topupNo, user_id: user.id, currency: "CNY", amount: 50 });
    await hook.remove();
  });

  it("a missed notify is recovered while the owner polls; a late payment on an expired top-up is still credited", async () => {
    const user = await makeUser();
    const missed = await topUp(user.token, { currency: "CNY", amount: 10, paymentMethod: "alipay" });
    await epay.pay(missed.body.topup.topup_no, { notify: false });
    await eventually(
      () => shop.call(`/api/topups/${missed.body.topup.id}`, { token: user.token }),
      (answer) => answer.body.topup.status === "completed",
    );

    const late = await topUp(user.token, { currency: "CNY", amount: 20, paymentMethod: "alipay" });
    await db.topup.update({ where: { id: late.body.topup.id }, data: { status: "expired" } });
    expect(await epay.pay(late.body.topup.topup_no)).toEqual({ status: 200, text: "success" });
    expect(await balances(user.id)).toMatchObject({ cny: 3000n, ledgerCny: 3000n });
  });

  it("a tampered or wrong-amount notify credits nothing", async () => {
    const user = await makeUser();
    const created = await topUp(user.token, { currency: "CNY", amount: 30, paymentMethod: "alipay" });
    const topupNo = created.body.topup.topup_no as string;
    epay.trades.get(topupNo)!.paid = true;
    const forged = [epay.notifyParams(topupNo, { money: "3000.00" }), epay.notifyParams(topupNo, {}, { tamper: { money: "3000.00" } })];
    for (const params of forged) expect((await deliverNotify(`${shop.baseUrl}/api/payments/epay/notify?${params}`)).text).toBe("fail");
    expect(await balances(user.id)).toMatchObject({ cny: 0n, ledgerCny: 0n });
  });

  it("crypto: CNY at the snapshotted rate and USDT exactly, on a unique (address, amount) held under the top-up's id", async () => {
    const user = await makeUser();
    const cny = await topUp(user.token, { currency: "CNY", amount: 72, paymentMethod: "crypto", coin: "trc20_usdt" });
    expect(cny.status).toBe(200);
    expect(cny.body.payment).toMatchObject({ method: "crypto", coin: "trc20_usdt", address: expect.stringMatching(/^T/) });
    expect(BigInt(cny.body.payment.amount_atomic)).toBeGreaterThanOrEqual(10_000_000n); // 72 CNY at 7.20 = 10 USDT, plus any 0.01 steps
    const usdt = await topUp(user.token, { currency: "USDT", amount: "25.5", paymentMethod: "crypto", coin: "trc20_usdt" });
    expect(usdt.body.topup).toMatchObject({ currency: "USDT", amount: "25.5" });
    expect(BigInt(usdt.body.payment.amount_atomic) % 10_000n).toBe(0n);
    const lock = await db.cryptoAmountLock.findFirstOrThrow({ where: { orderId: usdt.body.topup.id } });
    expect(lock).toMatchObject({ coin: "trc20_usdt", address: usdt.body.payment.address, amount: usdt.body.payment.amount_atomic });
  });

  it("is in the OpenAPI document with its operation ids, bearer security and 4xx answers", async () => {
    const { body } = await shop.call("/api/openapi.json");
    const create = body.paths["/topups"].post;
    expect(create).toMatchObject({ operationId: "createTopup", security: [{ bearer: [] }] });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "503"]));
    expect(create.requestBody.content["application/json"].schema.required).toEqual(["currency", "amount", "paymentMethod"]);
    expect(body.paths["/topups/{topupId}"].get).toMatchObject({ operationId: "getTopup", security: [{ bearer: [] }] });
    expect(Object.keys(body.paths["/topups/{topupId}"].get.responses)).toEqual(expect.arrayContaining(["200", "401", "404"]));
  });
});

describe("crypto top-ups credited by the TRON watcher", () => {
  const tron = new FakeTronGrid();
  const address = randomTronAddress();
  let watching: RunningServer;
  let restoreAddresses: () => Promise<void>;

  beforeAll(async () => {
    await tron.start();
    restoreAddresses = await snapshotAddresses(["trc20_usdt"]);
    watching = await startCryptoServer({ TRON_API_URL: tron.url, RECEIVE_TRC20_USDT: address, TOPUP_MAX_USDT: "500" }, ["tron"]);
  });
  afterAll(async () => {
    await watching?.stop();
    await tron.stop();
    await restoreAddresses?.();
    expect(watching.log()).not.toMatch(/unhandled error/);
  });

  const cryptoTopup = async (token: string, amount: string) => {
    const created = await api("/api/topups", {
      base: watching.baseUrl,
      token,
      json: { currency: "USDT", amount, paymentMethod: "crypto", coin: "trc20_usdt" },
    });
    expect(created.status).toBe(200);
    expect(created.body.payment).toMatchObject({ coin: "trc20_usdt", address });
    return {
      id: created.body.topup.id as string,
      topupNo: created.body.topup.topup_no as string,
      atomic: BigInt(created.body.payment.amount_atomic),
    };
  };
  const shown = (id: string, token: string) => api(`/api/topups/${id}`, { base: watching.baseUrl, token });
  const credited = (id: string, token: string) =>
    until(async () => (await shown(id, token)).body.topup.status === "completed", `top-up ${id} credited`);
  /** Lets the watcher poll at least `polls` more times (each poll asks the fake at least once per view). */
  const afterPolls = async (polls: number) => {
    const start = tron.requests.length;
    await until(async () => tron.requests.length >= start + polls * 2, `${polls} more polls`);
  };

  it("a final transfer of the top-up's exact amount credits it once, however often it is read again", async () => {
    const hook = await subscribeWebhook(["topup.credited"]);
    const user = await makeUser();
    const topup = await cryptoTopup(user.token, "25.5");
    const sent = tron.addTrc20({ to: address, value: topup.atomic });
    await credited(topup.id, user.token);
    const view = await shown(topup.id, user.token);
    expect(view.body.topup).toMatchObject({ status: "completed", amount: "25.5", paid_at: expect.any(String) });
    expect(view.body.payment).toEqual({ method: "crypto", paid: true });

    // Listed twice by the provider and read again by later polls: still one credit.
    tron.addTrc20({ to: address, value: topup.atomic, txid: sent.txid, timestamp: sent.timestamp });
    await afterPolls(4);
    expect(await balances(user.id)).toMatchObject({ usdt: 25_500_000n, ledgerUsdt: 25_500_000n, cny: 0n });
    expect(await db.ledgerEntry.findMany({ where: { userId: user.id }, select: { reason: true, reference: true, amount: true } })).toEqual([
      { reason: "top_up", reference: topup.topupNo, amount: 25_500_000n },
    ]);
    expect(await db.topupEvent.findMany({ where: { topupId: topup.id }, select: { source: true, eventKey: true, outcome: true } })).toEqual(
      [{ source: "trc20_usdt", eventKey: `tron:${sent.txid}:${address}:${topup.atomic}`, outcome: "credited" }],
    );
    expect(
      await db.chainTransfer.findMany({
        where: { txHash: sent.txid },
        select: { status: true, outcome: true, topupId: true, orderId: true },
      }),
    ).toEqual([{ status: "final", outcome: "credited", topupId: topup.id, orderId: null }]);
    expect(await db.mailOutbox.count({ where: { dedupeKey: `topup_credited:${topup.id}` } })).toBe(1);
    expect(await hook.events("topup.credited", topup.topupNo)).toHaveLength(1);
    await hook.remove();
  });

  it("eight instances applying the same final transfer at once credit the top-up once", async () => {
    const user = await makeUser();
    const topup = await cryptoTopup(user.token, "7");
    // The watcher never sees it (not in the fake): these are the only appliers.
    const transfer = {
      chain: "tron" as const,
      coin: "trc20_usdt" as const,
      txHash: randomTxId(),
      index: `${address}:${topup.atomic}`,
      address,
      amount: topup.atomic,
      blockNumber: null,
      blockTime: new Date(),
      confirmations: 19,
      required: 19,
    };
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => observeTransfer(transfer)));
    expect(outcomes).toEqual(Array(8).fill("credited"));
    expect(await balances(user.id)).toMatchObject({ usdt: 7_000_000n, ledgerUsdt: 7_000_000n });
    expect(await db.topupEvent.count({ where: { topupId: topup.id } })).toBe(1);
  });

  it("a transfer after the top-up expired, inside its grace window, is credited and marked late; after the window it waits for the operator", async () => {
    const user = await makeUser();
    const late = await cryptoTopup(user.token, "12");
    await db.topup.update({ where: { id: late.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await until(async () => (await db.topup.findUniqueOrThrow({ where: { id: late.id } })).status === "expired", "expiry by the sweeper");
    const sent = tron.addTrc20({ to: address, value: late.atomic });
    await credited(late.id, user.token);
    expect(await balances(user.id)).toMatchObject({ usdt: 12_000_000n, ledgerUsdt: 12_000_000n });
    await until(
      () => db.chainTransfer.findFirst({ where: { txHash: sent.txid, outcome: "credited_late", topupId: late.id } }),
      "the late credit recorded",
    );
    // The same amount sent again credits nothing more; the operator sees whose top-up it paid.
    const again = tron.addTrc20({ to: address, value: late.atomic });
    await until(
      () => db.chainTransfer.findFirst({ where: { txHash: again.txid, outcome: "already_credited", topupId: late.id } }),
      "the second payment recorded",
    );
    const inbox = await listTransfers({ state: "open", limit: 100 });
    expect(inbox.find((entry) => entry.tx_hash === again.txid)).toMatchObject({
      topup_id: late.id,
      topup_no: late.topupNo,
      topup_user_id: user.id,
      order_no: null,
    });

    // Past the lock's grace window the amount may belong to someone else: nothing is credited, the operator decides.
    const gone = await cryptoTopup(user.token, "13");
    await db.cryptoAmountLock.updateMany({ where: { orderId: gone.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    const after = tron.addTrc20({ to: address, value: gone.atomic });
    await until(
      () => db.chainTransfer.findFirst({ where: { txHash: after.txid, outcome: "unmatched" } }),
      "the transfer after the window, unmatched",
    );
    expect((await listUnmatchedTransfers()).some((entry) => entry.tx_hash === after.txid)).toBe(true);
    expect(await balances(user.id)).toMatchObject({ usdt: 12_000_000n, ledgerUsdt: 12_000_000n });
  });
});
