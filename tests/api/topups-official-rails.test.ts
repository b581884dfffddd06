// CNY balance top-ups (POST /api/topups with a bearer token) paid through the official Alipay
// (RSA2) and WeChat Pay API v3 rails, against their fakes: the verified notify credits the
// balance once, a repeated notify and twenty concurrent ones credit nothing more, and the
// ledger sums to the balance. (EPay and crypto top-ups: tests/api/topups.test.ts.)
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, makeUser, balances } from "../support/fixtures";
import { startShop, type Shop } from "../support/shop";
import { startFakeAlipay, type FakeAlipay } from "../fakes/alipay";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { deliverNotify } from "../fakes/fake-http";
import { topupAnswerSchema } from "@/lib/api/response-schemas";
import { alipayEnv, wechatEnv } from "../support/cashier-env";

let shop: Shop;
let alipay: FakeAlipay;
let wechat: FakeWechat;

beforeAll(async () => {
  [alipay, wechat] = await Promise.all([startFakeAlipay(), startFakeWechat()]);
  shop = await startShop(() => ({
    ...alipayEnv(alipay),
    ...wechatEnv(wechat),
    // Only the notifies credit here: no query from a background job.
    CASHIER_RECONCILE_SECONDS: "0",
  }));
});
afterAll(async () => {
  await shop?.stop();
  await Promise.all([alipay?.close(), wechat?.close()]);
  expect(shop.log()).not.toMatch(/unhandled error/);
});

async function topUp(token: string, paymentMethod: "alipay" | "wechat", amount: number) {
  const created = await shop.call("/api/topups", { json: { currency: "CNY", amount, paymentMethod }, token });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return topupAnswerSchema.parse(created.body);
}
const alipayNotify = (body: URLSearchParams) =>
  deliverNotify(`${shop.baseUrl}/api/payments/alipay/notify`, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
  });
const wechatNotify = (request: { body: string; headers: Record<string, string> }) =>
  deliverNotify(`${shop.baseUrl}/api/payments/wechat/notify`, { method: "POST", ...request });
const ledgerOf = (userId: string) =>
  db.ledgerEntry.findMany({ where: { userId, reason: "top_up" }, select: { reference: true, amount: true, currency: true } });
const topupEvents = (topupId: string) => db.topupEvent.findMany({ where: { topupId }, select: { source: true, eventKey: true } });

describe("CNY top-ups through official Alipay", () => {
  it("the verified notify credits once; a repeat is acknowledged and credits nothing", async () => {
    const user = await makeUser();
    const { topup, payment } = await topUp(user.token, "alipay", 66.6);
    expect(topup).toMatchObject({ status: "pending", currency: "CNY", amount: 66.6, payment_method: "alipay" });
    expect(payment).toMatchObject({ method: "alipay", qr_code: expect.stringMatching(/^https:\/\/qr\.alipay\.com\//) });
    expect(alipay.trades.get(topup.topup_no)).toMatchObject({
      totalAmount: "66.60",
      notifyUrl: `${shop.baseUrl}/api/payments/alipay/notify`,
    });

    expect(await alipay.pay(topup.topup_no)).toEqual({ status: 200, text: "success" });
    expect(await alipayNotify(alipay.notifyBody(topup.topup_no))).toEqual({ status: 200, text: "success" });
    const after = await shop.call(`/api/topups/${topup.id}`, { token: user.token });
    expect(after.body.topup).toMatchObject({ status: "completed", paid_at: expect.any(String) });
    expect(await balances(user.id)).toMatchObject({ cny: 6660n, ledgerCny: 6660n });
    expect(await ledgerOf(user.id)).toEqual([{ reference: topup.topup_no, amount: 6660n, currency: "CNY" }]);
    expect(await topupEvents(topup.id)).toEqual([{ source: "alipay", eventKey: `alipay:${alipay.trades.get(topup.topup_no)!.tradeNo}` }]);
  });

  it("twenty concurrent notifies credit once; the ledger sums to the balance", async () => {
    const user = await makeUser({ balanceFen: 123n });
    const { topup } = await topUp(user.token, "alipay", 40);
    alipay.trades.get(topup.topup_no)!.paid = true;
    const answers = await Promise.all(Array.from({ length: 20 }, () => alipayNotify(alipay.notifyBody(topup.topup_no))));
    expect(answers).toEqual(Array(20).fill({ status: 200, text: "success" }));
    const after = await balances(user.id);
    expect(after).toMatchObject({ cny: 4123n, ledgerCny: 4123n });
    expect(await ledgerOf(user.id)).toEqual([{ reference: topup.topup_no, amount: 4000n, currency: "CNY" }]);
    expect(await topupEvents(topup.id)).toHaveLength(1);
  });
});

describe("CNY top-ups through WeChat Pay API v3", () => {
  it("the encrypted, signed notify credits once; a repeat is acknowledged and credits nothing", async () => {
    const user = await makeUser();
    const { topup, payment } = await topUp(user.token, "wechat", 12.34);
    expect(payment).toMatchObject({ method: "wechat", qr_code: expect.stringMatching(/^weixin:\/\/wxpay\/bizpayurl\?pr=/) });
    expect(wechat.trades.get(topup.topup_no)).toMatchObject({ total: 1234, notifyUrl: `${shop.baseUrl}/api/payments/wechat/notify` });

    expect(await wechat.pay(topup.topup_no)).toEqual({ status: 204, text: "" });
    expect(await wechatNotify(wechat.notify(topup.topup_no))).toEqual({ status: 204, text: "" });
    const after = await shop.call(`/api/topups/${topup.id}`, { token: user.token });
    expect(after.body.topup).toMatchObject({ status: "completed", paid_at: expect.any(String) });
    expect(await balances(user.id)).toMatchObject({ cny: 1234n, ledgerCny: 1234n });
    expect(await ledgerOf(user.id)).toEqual([{ reference: topup.topup_no, amount: 1234n, currency: "CNY" }]);
    expect(await topupEvents(topup.id)).toEqual([
      { source: "wechat", eventKey: `wechat:${wechat.trades.get(topup.topup_no)!.transactionId}` },
    ]);
  });

  it("twenty concurrent notifies credit once; the ledger sums to the balance", async () => {
    const user = await makeUser({ balanceFen: 5n });
    const { topup } = await topUp(user.token, "wechat", 250);
    wechat.trades.get(topup.topup_no)!.paid = true;
    const answers = await Promise.all(Array.from({ length: 20 }, () => wechatNotify(wechat.notify(topup.topup_no))));
    expect(answers).toEqual(Array(20).fill({ status: 204, text: "" }));
    expect(await balances(user.id)).toMatchObject({ cny: 25005n, ledgerCny: 25005n });
    expect(await ledgerOf(user.id)).toEqual([{ reference: topup.topup_no, amount: 25000n, currency: "CNY" }]);
    expect(await topupEvents(topup.id)).toHaveLength(1);
  });

  it("a notify for the top-up with another amount or signed by another key credits nothing", async () => {
    const user = await makeUser();
    const { topup } = await topUp(user.token, "wechat", 30);
    wechat.trades.get(topup.topup_no)!.paid = true;
    const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const refused = [
      wechat.notify(topup.topup_no, { transaction: { amount: { total: 300000, payer_total: 300000, currency: "CNY" } } }),
      wechat.notify(topup.topup_no, { signKey: stranger.privateKey }),
    ];
    for (const request of refused) expect((await wechatNotify(request)).status).toBe(400);
    expect(await balances(user.id)).toMatchObject({ cny: 0n, ledgerCny: 0n });
    expect((await db.topup.findUniqueOrThrow({ where: { id: topup.id } })).status).toBe("pending");
  });
});
