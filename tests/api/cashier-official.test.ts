// Official Alipay (RSA2) and WeChat Pay API v3 end to end, against fake servers that speak
// the real protocols and check every signature both ways: orders, notifies (good, repeated,
// replayed, forged, tampered, for the wrong amount or merchant, late), missed notifies
// recovered by query, provider down and slow, refunds.
import { writeFileSync } from "node:fs";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { startShop, eventually, logShows, type Shop } from "../support/shop";
import { startFakeAlipay, type FakeAlipay } from "../fakes/alipay";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { deliverNotify } from "../fakes/fake-http";
import { expireOrder } from "@/lib/orders/expire-orders";

// A fresh contact email per order: open unpaid orders are limited per email (5), and the suite shares one database.
const buyerEmail = () => `buyer-${randomUUID().slice(0, 8)}@example.com`;

let shop: Shop;
let alipay: FakeAlipay;
let wechat: FakeWechat;
const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 });

beforeAll(async () => {
  [alipay, wechat] = await Promise.all([startFakeAlipay(), startFakeWechat()]);
  // Keys the ways operators give them: inline PEM with \n, a file path, the bare base64 body.
  const alipayPublicKeyFile = `data/test/alipay-public-${process.pid}.pem`;
  writeFileSync(alipayPublicKeyFile, alipay.alipayPublicKeyPem);
  const bareBase64 = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
  shop = await startShop(() => ({
    ALIPAY_APP_ID: alipay.appId,
    ALIPAY_PRIVATE_KEY: alipay.appPrivateKeyPem.trim().replaceAll("\n", "\\n"),
    ALIPAY_PUBLIC_KEY: alipayPublicKeyFile,
    ALIPAY_GATEWAY_URL: alipay.gatewayUrl,
    WECHAT_MCH_ID: wechat.mchId,
    WECHAT_APP_ID: wechat.appId,
    WECHAT_API_V3_KEY: wechat.apiV3Key,
    WECHAT_PRIVATE_KEY: wechat.merchantPrivateKeyPem,
    WECHAT_CERT_SERIAL: wechat.merchantSerial,
    WECHAT_PLATFORM_PUBLIC_KEY: bareBase64(wechat.platformPublicKeyPem),
    WECHAT_PLATFORM_PUBLIC_KEY_ID: wechat.platformKeyId,
    WECHAT_API_BASE_URL: wechat.baseUrl,
    CASHIER_RECONCILE_SECONDS: "1",
  }));
});
afterAll(async () => {
  await shop?.stop();
  await Promise.all([alipay?.close(), wechat?.close()]);
  expect(shop.log()).not.toMatch(/unhandled error/);
  for (const secret of [wechat.apiV3Key, bareBase64Of(alipay.appPrivateKeyPem).slice(0, 40)]) expect(shop.log()).not.toContain(secret);
});
const bareBase64Of = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");

async function order(paymentMethod: "alipay" | "wechat", options: { productId?: string; token?: string } = {}) {
  const productId = options.productId ?? (await makeProduct({ stock: 5, priceFen: 2050n })).id;
  const created = await shop.call("/api/orders/create", {
    json: { productId, quantity: 1, contactEmail: buyerEmail(), paymentMethod },
    token: options.token,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const body = created.body as { order: { id: string; order_no: string }; payment: Record<string, string>; access_token: string };
  return { productId, ...body, orderNo: body.order.order_no, id: body.order.id };
}
const orderRow = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
const events = (orderId: string) => db.paymentEvent.findMany({ where: { orderId } });
const alipayNotify = (body: URLSearchParams) =>
  deliverNotify(`${shop.baseUrl}/api/payments/alipay/notify`, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
  });
const wechatNotify = (request: { body: string; headers: Record<string, string> }) =>
  deliverNotify(`${shop.baseUrl}/api/payments/wechat/notify`, { method: "POST", ...request });

describe("official Alipay (RSA2)", () => {
  it("happy path: precreate's QR on desktops, a signed wap.pay link on phones, the verified notify delivers once", async () => {
    const created = await order("alipay");
    expect(created.payment).toMatchObject({
      method: "alipay",
      qr_code: expect.stringMatching(/^https:\/\/qr\.alipay\.com\//),
      pay_url: expect.stringContaining(alipay.gatewayUrl),
    });
    // The phone's link carries a valid signature: the gateway opens its cashier.
    const wap = await fetch(created.payment.pay_url!);
    expect(wap.status).toBe(200);
    expect(alipay.wapVisits).toBe(1);
    expect(alipay.trades.get(created.orderNo)).toMatchObject({
      totalAmount: "20.50",
      notifyUrl: `${shop.baseUrl}/api/payments/alipay/notify`,
    });

    expect(await alipay.pay(created.orderNo)).toEqual({ status: 200, text: "success" });
    expect(await alipayNotify(alipay.notifyBody(created.orderNo))).toEqual({ status: 200, text: "success" });
    expect(await alipayNotify(alipay.notifyBody(created.orderNo, { trade_status: "TRADE_FINISHED" }))).toEqual({
      status: 200,
      text: "success",
    });
    expect((await orderRow(created.id)).status).toBe("completed");
    expect(await events(created.id)).toMatchObject([
      { source: "alipay", eventKey: `alipay:${alipay.trades.get(created.orderNo)!.tradeNo}`, outcome: "delivered" },
    ]);
    expect(await stockCounts(created.productId)).toEqual({ available: 4, reserved: 0, sold: 1 });
  });

  it("refuses forged, tampered, replayed, wrong-amount and wrong-app notifies; ignores WAIT_BUYER_PAY", async () => {
    const paid = await order("alipay");
    const other = await order("alipay", { productId: paid.productId });
    await alipay.pay(paid.orderNo);
    const refused = [
      alipay.notifyBody(other.orderNo, {}, { key: stranger.privateKey }),
      alipay.notifyBody(other.orderNo, {}, { tamper: { total_amount: "0.01" } }),
      alipay.notifyBody(other.orderNo, { total_amount: "0.01" }),
      alipay.notifyBody(other.orderNo, { app_id: "2021000000000000" }),
      alipay.notifyBody(paid.orderNo, {}, { tamper: { out_trade_no: other.orderNo } }),
      alipay.notifyBody(paid.orderNo, { out_trade_no: other.orderNo }),
    ];
    for (const body of refused) expect((await alipayNotify(body)).text).toBe("failure");
    expect((await alipayNotify(alipay.notifyBody(other.orderNo, { trade_status: "WAIT_BUYER_PAY" }))).text).toBe("success");
    expect((await orderRow(other.id)).status).toBe("pending");
    expect(await events(other.id)).toHaveLength(0);
    for (const reason of [
      "alipay notify refused: bad signature",
      "paid amount differs",
      "another app's app_id",
      "already paid another order",
    ])
      await logShows(shop, reason);
  });

  it("a late notify reopens the expired order and delivers it", async () => {
    const created = await order("alipay");
    await db.order.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrder(created.id);
    expect(await alipay.pay(created.orderNo)).toEqual({ status: 200, text: "success" });
    expect((await orderRow(created.id)).status).toBe("completed");
  });

  it("missed notify: alipay.trade.query recovers it from the polling page and from the job", async () => {
    const polled = await order("alipay");
    await alipay.pay(polled.orderNo, { notify: false });
    await eventually(
      () => shop.call(`/api/orders/${polled.id}/status?token=${polled.access_token}`),
      (answer) => answer.body.status === "completed",
    );

    const unwatched = await order("alipay");
    await alipay.pay(unwatched.orderNo, { notify: false });
    await db.order.update({ where: { id: unwatched.id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    await eventually(
      () => orderRow(unwatched.id),
      (row) => row.status === "completed",
    );
    expect(await events(unwatched.id)).toMatchObject([{ source: "alipay", outcome: "delivered" }]);
  });

  it("provider down or slow: 503 and nothing reserved", async () => {
    const product = await makeProduct({ stock: 2 });
    for (const mode of ["down", "slow"] as const) {
      alipay.mode = mode;
      const refused = await shop.call("/api/orders/create", {
        json: { productId: product.id, quantity: 1, contactEmail: buyerEmail(), paymentMethod: "alipay" },
      });
      expect(refused).toMatchObject({ status: 503, body: { code: "payment_provider_unavailable" } });
    }
    alipay.mode = "ok";
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
  });

  it("refunds with alipay.trade.refund, once", async () => {
    const admin = await makeUser({ role: "admin" });
    const created = await order("alipay");
    await alipay.pay(created.orderNo);
    const answers = await Promise.all(
      [1, 2].map(() => shop.call(`/api/admin/orders/${created.id}/refund`, { json: { to: "provider" }, token: admin.token })),
    );
    // Idempotent: both answer refunded, only one of them changed anything.
    expect(answers.map((answer) => [answer.status, answer.body.changed]).sort()).toEqual([
      [200, false],
      [200, true],
    ]);
    expect([...alipay.trades.get(created.orderNo)!.refunds.entries()]).toEqual([[`R${created.orderNo}`, "20.50"]]);
    expect((await orderRow(created.id)).status).toBe("refunded");
  });

  it("refunds through alipay a payment whose order could not be delivered (its item removed before the payment came)", async () => {
    const admin = await makeUser({ role: "admin" });
    const created = await order("alipay");
    await db.stockItem.deleteMany({ where: { orderId: created.id } });
    expect(await alipay.pay(created.orderNo)).toEqual({ status: 200, text: "success" });
    expect(await orderRow(created.id)).toMatchObject({ status: "paid", paymentFlag: "paid_undelivered" });
    expect(await events(created.id)).toMatchObject([{ source: "alipay", outcome: "paid_undelivered" }]);
    const refunded = await shop.call(`/api/admin/orders/${created.id}/refund`, { json: {}, token: admin.token });
    expect(refunded.status, JSON.stringify(refunded.body)).toBe(200);
    expect(refunded.body).toMatchObject({ status: "refunded", provider: "alipay", changed: true });
    expect([...alipay.trades.get(created.orderNo)!.refunds.entries()]).toEqual([[`R${created.orderNo}`, "20.50"]]);
    // Refunded, the flag that asked for it is resolved.
    expect(await orderRow(created.id)).toMatchObject({ status: "refunded", paymentFlagResolvedAt: expect.any(Date) });
  });

  it("a gateway answer signed with another key is not believed", async () => {
    const created = await order("alipay");
    await alipay.pay(created.orderNo, { notify: false });
    alipay.forgeAnswers = true;
    try {
      const refused = await shop.call("/api/orders/create", {
        json: { productId: created.productId, quantity: 1, contactEmail: buyerEmail(), paymentMethod: "alipay" },
      });
      expect(refused.status).toBe(503);
      // A forged "paid" answer to the query does not complete the order either.
      await shop.call(`/api/orders/${created.id}/status?token=${created.access_token}`);
      await eventually(
        async () => shop.log(),
        (log) => log.includes(`alipay query for ${created.orderNo} failed: alipay.trade.query: the answer's signature does not verify`),
      );
      expect((await orderRow(created.id)).status).toBe("pending");
    } finally {
      alipay.forgeAnswers = false;
    }
  });
});

describe("WeChat Pay API v3 (Native)", () => {
  it("happy path: signed native order, code_url as the QR, the encrypted and signed notify delivers once", async () => {
    const created = await order("wechat");
    expect(created.payment).toMatchObject({ method: "wechat", qr_code: expect.stringMatching(/^weixin:\/\/wxpay\/bizpayurl\?pr=/) });
    expect(created.payment.pay_url).toBeUndefined();
    expect(wechat.trades.get(created.orderNo)).toMatchObject({ total: 2050, notifyUrl: `${shop.baseUrl}/api/payments/wechat/notify` });
    expect(await wechat.pay(created.orderNo)).toEqual({ status: 204, text: "" });
    expect(await wechatNotify(wechat.notify(created.orderNo))).toEqual({ status: 204, text: "" });
    expect((await orderRow(created.id)).status).toBe("completed");
    expect(await events(created.id)).toMatchObject([
      { source: "wechat", eventKey: `wechat:${wechat.trades.get(created.orderNo)!.transactionId}` },
    ]);
  });

  it("refuses forged, tampered, stale, undecryptable, replayed, wrong-amount and wrong-merchant notifies", async () => {
    const paid = await order("wechat");
    const other = await order("wechat", { productId: paid.productId });
    await wechat.pay(paid.orderNo);
    const paidTrade = wechat.trades.get(paid.orderNo)!;
    const refused = [
      wechat.notify(other.orderNo, { signKey: stranger.privateKey }),
      wechat.notify(other.orderNo, { tamperBody: (body) => body.replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESS ") }),
      wechat.notify(other.orderNo, { timestamp: Math.floor(Date.now() / 1000) - 3600 }),
      wechat.notify(other.orderNo, { apiV3Key: "0".repeat(32) }),
      wechat.notify(other.orderNo, { transaction: { amount: { total: 1, payer_total: 1, currency: "CNY" } } }),
      wechat.notify(other.orderNo, { transaction: { mchid: "1900000000" } }),
      wechat.notify(other.orderNo, { transaction: { transaction_id: paidTrade.transactionId } }),
    ];
    for (const request of refused) expect((await wechatNotify(request)).status).toBe(400);
    expect((await orderRow(other.id)).status).toBe("pending");
    expect(await events(other.id)).toHaveLength(0);
    for (const reason of [
      "wechat notify refused: bad signature",
      "timestamp too far from now",
      "does not decrypt",
      "another merchant's mchid",
      "paid amount differs",
      "already paid another",
    ]) {
      await logShows(shop, reason);
    }
  });

  it("a late notify for an order whose stock is gone is kept for the operator", async () => {
    const product = await makeProduct({ stock: 1 });
    const created = await order("wechat", { productId: product.id });
    await db.order.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrder(created.id);
    await db.stockItem.deleteMany({ where: { productId: product.id } });
    expect((await wechat.pay(created.orderNo))!.status).toBe(204);
    expect((await wechatNotify(wechat.notify(created.orderNo))).status).toBe(204);
    expect((await orderRow(created.id)).status).toBe("expired");
    expect(await events(created.id)).toMatchObject([{ source: "wechat", outcome: "not_payable" }]);
  });

  it("missed notify: the query by out_trade_no recovers it", async () => {
    const created = await order("wechat");
    await wechat.pay(created.orderNo, { notify: false });
    await eventually(
      () => shop.call(`/api/orders/${created.id}/status?token=${created.access_token}`),
      (answer) => answer.body.status === "completed",
    );
  });

  it("provider down, slow or answering with a forged signature: 503 and nothing reserved", async () => {
    const product = await makeProduct({ stock: 2 });
    for (const mode of ["down", "slow", "forged"] as const) {
      wechat.mode = mode === "forged" ? "ok" : mode;
      wechat.forgeAnswers = mode === "forged";
      const refused = await shop.call("/api/orders/create", {
        json: { productId: product.id, quantity: 1, contactEmail: buyerEmail(), paymentMethod: "wechat" },
      });
      expect(refused).toMatchObject({ status: 503, body: { code: "payment_provider_unavailable" } });
    }
    wechat.mode = "ok";
    wechat.forgeAnswers = false;
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
    await logShows(shop, "answer bad signature");
  });

  it("refunds with /v3/refund/domestic/refunds once; with the provider down the order stays completed", async () => {
    const admin = await makeUser({ role: "admin" });
    const created = await order("wechat");
    await wechat.pay(created.orderNo);
    wechat.mode = "down";
    const down = await shop.call(`/api/admin/orders/${created.id}/refund`, { method: "POST", token: admin.token });
    expect(down).toMatchObject({ status: 503, body: { code: "payment_provider_unavailable" } });
    expect((await orderRow(created.id)).status).toBe("completed");
    wechat.mode = "ok";
    const done = await shop.call(`/api/admin/orders/${created.id}/refund`, { method: "POST", token: admin.token });
    expect(done.body).toMatchObject({ status: "refunded", provider: "wechat" });
    expect([...wechat.trades.get(created.orderNo)!.refunds.entries()]).toEqual([[`R${created.orderNo}`, 2050]]);
  });
});
