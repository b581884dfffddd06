// Balance top-ups: POST /api/topups and GET /api/topups/:id with a bearer token, paid through
// the EPay fake (cashier) or crypto (the confirm path the chain watcher calls), credited once
// through the ledger whatever the concurrency, and the ledger always sums to the balance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribeWebhook } from "../support/webhook-subscription";
import { db, makeUser, balances } from "../support/fixtures";
import { startShop, eventually, type Shop } from "../support/shop";
import { startFakeEpay, type FakeEpay } from "../fakes/epay";
import { deliverNotify } from "../fakes/fake-http";
import { topupAnswerSchema } from "@/lib/api/response-schemas";
import { confirmTopup } from "@/lib/topups/confirm-topup";

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

  it("crypto: CNY at the snapshotted rate and USDT exactly, on a unique (address, amount); the watcher's confirmTopup credits once", async () => {
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

    // What the chain watcher calls for a transfer that matches a top-up's lock, however often it sees it.
    const notices = Array.from({ length: 8 }, () =>
      confirmTopup({ topupId: usdt.body.topup.id, source: "trc20_usdt", eventKey: "trc20_usdt:0xabc:0", amount: lock.amount }),
    );
    const outcomes = await Promise.all(notices);
    expect(outcomes.filter((outcome) => outcome === "credited")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== "credited").every((outcome) => outcome === "duplicate")).toBe(true);
    expect(await balances(user.id)).toMatchObject({ usdt: 25_500_000n, ledgerUsdt: 25_500_000n, cny: 0n });
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
