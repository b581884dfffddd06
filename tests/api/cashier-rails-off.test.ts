// PAY_ALIPAY_RAIL=off and PAY_WECHAT_RAIL=off with every rail's credentials set (official
// Alipay, WeChat Pay and an EPay gateway offering both, which would otherwise serve them):
// the methods are off in /api/payment-config, and an order or top-up with them is refused
// with the contract's `Payment method not available`, before anything is written or any
// provider is asked.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { startShop, type Shop } from "../support/shop";
import { startFakeEpay, type FakeEpay } from "../fakes/epay";
import { startFakeAlipay, type FakeAlipay } from "../fakes/alipay";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { alipayEnv, wechatEnv } from "../support/cashier-env";

let shop: Shop;
let epay: FakeEpay;
let alipay: FakeAlipay;
let wechat: FakeWechat;

beforeAll(async () => {
  [epay, alipay, wechat] = await Promise.all([startFakeEpay(), startFakeAlipay(), startFakeWechat()]);
  shop = await startShop(() => ({
    PAY_ALIPAY_RAIL: "off",
    PAY_WECHAT_RAIL: "off",
    EPAY_URL: epay.baseUrl,
    EPAY_PID: epay.pid,
    EPAY_KEY: epay.key,
    EPAY_TYPES: "alipay,wxpay",
    ...alipayEnv(alipay),
    ...wechatEnv(wechat),
    CASHIER_RECONCILE_SECONDS: "0",
  }));
});
afterAll(async () => {
  await shop?.stop();
  await Promise.all([epay?.close(), alipay?.close(), wechat?.close()]);
  expect(shop.log()).not.toMatch(/unhandled error/);
});

const providerRequests = () => epay.requests + alipay.requests + wechat.requests;

describe("cashier methods switched off while their rails are configured", () => {
  it("/api/payment-config says alipay and wechat are off", async () => {
    const { status, body } = await shop.call("/api/payment-config");
    expect(status).toBe(200);
    expect(body.methods.alipay).toEqual({ enabled: false });
    expect(body.methods.wechat).toEqual({ enabled: false });
    // The rest is untouched.
    expect(body.methods.balance_cny).toMatchObject({ enabled: true });
  });

  it("POST /api/orders/create with alipay or wechat answers `Payment method not available`, nothing reserved or asked", async () => {
    const product = await makeProduct({ stock: 3 });
    const before = providerRequests();
    for (const paymentMethod of ["alipay", "wechat"]) {
      const refused = await shop.call("/api/orders/create", {
        json: { productId: product.id, quantity: 1, contactEmail: `buyer-${randomUUID().slice(0, 8)}@example.com`, paymentMethod },
      });
      expect(refused.status, paymentMethod).toBe(400);
      expect(refused.body).toMatchObject({ success: false, error: "Payment method not available" });
    }
    expect(providerRequests()).toBe(before);
    expect(await db.order.count({ where: { productId: product.id } })).toBe(0);
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 0 });
  });

  it("a CNY top-up with alipay or wechat is refused the same way", async () => {
    const user = await makeUser();
    const before = providerRequests();
    for (const paymentMethod of ["alipay", "wechat"]) {
      const refused = await shop.call("/api/topups", { json: { currency: "CNY", amount: 20, paymentMethod }, token: user.token });
      expect(refused.status, paymentMethod).toBe(400);
      expect(refused.body).toMatchObject({ success: false, error: "Payment method not available" });
    }
    expect(providerRequests()).toBe(before);
    expect(await db.topup.count({ where: { userId: user.id } })).toBe(0);
  });
});
