import { enableCoin } from "../support/receiving-address";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { balances, db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";

let admin: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  admin = await makeUser({ role: "admin" });
  customer = await makeUser({ balanceFen: 10_000n });
  await enableCoin("trc20_usdt", "TAdminCancelTestAddress00000000001");
});

describe("the admin API guard", () => {
  it("answers 401 without a token and 403 for a customer on every /api/admin path, before anything else", async () => {
    for (const [path, method] of [
      ["/api/admin/orders", "GET"],
      ["/api/admin/settings/anything", "POST"],
      ["/api/admin/orders/00000000-0000-0000-0000-000000000000/cancel", "POST"],
    ] as const) {
      expect((await api(path, { method })).status).toBe(401);
      expect((await api(path, { method, token: customer.token })).status).toBe(403);
    }
    const unknown = await api("/api/admin/no-such-thing", { token: admin.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, error: "Not found" });
  });
});

describe("POST /api/admin/orders/:id/cancel", () => {
  it("cancels a pending order: its items go back on sale and its coupon use returns", async () => {
    const product = await makeProduct({ stock: 4, priceFen: 1000n });
    const coupon = await makeCoupon({ remainingUses: 2, value: 100 });
    const buyer = await makeUser();
    const pending = await createOrder({
      productId: product.id,
      quantity: 3,
      contactEmail: buyer.email,
      paymentMethod: "crypto",
      coin: "trc20_usdt",
      couponCode: coupon.code,
    });
    expect(pending.status).toBe(200);
    const orderId = pending.body.order.id;
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 3, sold: 0 });

    const cancelled = await api(`/api/admin/orders/${orderId}/cancel`, { method: "POST", token: admin.token });
    expect(cancelled.status).toBe(200);
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 0 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ remainingUses: 2, usedCount: 0 });
    expect(await db.cryptoAmountLock.count({ where: { orderId } })).toBe(0);
    const status = await api(`/api/orders/${orderId}/status`);
    expect(status.body.status).toBe("cancelled");

    // Idempotent: a repeat answers the same state and changes nothing.
    const again = await api(`/api/admin/orders/${orderId}/cancel`, { method: "POST", token: admin.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: "cancelled", changed: false });
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 0 });
    const unknown = await api(`/api/admin/orders/00000000-0000-0000-0000-000000000000/cancel`, { method: "POST", token: admin.token });
    expect(unknown.status).toBe(404);
  });

  it("refuses to cancel a completed order and leaves its items sold", async () => {
    const product = await makeProduct({ stock: 2 });
    const paid = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: customer.email, paymentMethod: "balance_cny" },
      { token: customer.token },
    );
    expect(paid.body.order.status).toBe("completed");
    const refused = await api(`/api/admin/orders/${paid.body.order.id}/cancel`, { method: "POST", token: admin.token });
    expect(refused.status).toBe(400);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 1 });
  });
});

describe("POST /api/admin/orders/:id/refund", () => {
  it("refunds a balance-paid order to the same balance once; the items stay sold", async () => {
    const product = await makeProduct({ stock: 3, priceFen: 250n });
    const buyer = await makeUser({ balanceFen: 1_000n, balanceUsdtMicro: 5_000_000n });
    const cny = await createOrder(
      { productId: product.id, quantity: 2, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const usdt = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_crypto" },
      { token: buyer.token },
    );
    expect([cny.status, usdt.status]).toEqual([200, 200]);
    const spentUsdt = 5_000_000n - (await balances(buyer.id)).usdt;

    const refunded = await api(`/api/admin/orders/${cny.body.order.id}/refund`, { method: "POST", token: admin.token });
    expect(refunded.status).toBe(200);
    expect(refunded.body).toMatchObject({ status: "refunded", credited: { currency: "CNY", amount: 5 } });
    const refundedUsdt = await api(`/api/admin/orders/${usdt.body.order.id}/refund`, { method: "POST", token: admin.token });
    expect(refundedUsdt.body.credited.currency).toBe("USDT");

    const after = await balances(buyer.id);
    expect(after).toMatchObject({ cny: 1_000n, usdt: 5_000_000n, ledgerCny: 1_000n, ledgerUsdt: 5_000_000n });
    expect(spentUsdt).toBeGreaterThan(0n);
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 3 });
    expect((await api(`/api/orders/${cny.body.order.id}/status`)).body.status).toBe("refunded");

    const twice = await api(`/api/admin/orders/${cny.body.order.id}/refund`, { method: "POST", token: admin.token });
    expect(twice.status).toBe(200);
    expect(twice.body).toMatchObject({ status: "refunded", credited: null, changed: false });
    expect((await balances(buyer.id)).cny).toBe(1_000n);
  });

  it("refuses pending and unknown orders, and customers", async () => {
    const product = await makeProduct({ stock: 2 });
    const pending = await createOrder({
      productId: product.id,
      quantity: 1,
      contactEmail: customer.email,
      paymentMethod: "crypto",
      coin: "trc20_usdt",
    });
    expect(pending.status).toBe(200);
    expect((await api(`/api/admin/orders/${pending.body.order.id}/refund`, { method: "POST", token: admin.token })).status).toBe(400);
    expect((await api(`/api/admin/orders/${pending.body.order.id}/refund`, { method: "POST", token: customer.token })).status).toBe(403);
    expect(
      (await api(`/api/admin/orders/00000000-0000-0000-0000-000000000000/refund`, { method: "POST", token: admin.token })).status,
    ).toBe(404);
  });
});
