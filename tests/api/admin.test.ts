import { enableCoin } from "../support/receiving-address";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";

let admin: Awaited<ReturnType<typeof makeUser>>;
let customer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  admin = await makeUser({ role: "admin" });
  customer = await makeUser({ balanceFen: 10_000n });
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
    await enableCoin("trc20_usdt", "TAdminCancelTestAddress000000000001");
    const pending = await createOrder({ productId: product.id, quantity: 3, contactEmail: buyer.email, paymentMethod: "crypto", coin: "trc20_usdt", couponCode: coupon.code });
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

    const again = await api(`/api/admin/orders/${orderId}/cancel`, { method: "POST", token: admin.token });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatch(/cancelled/);
    const unknown = await api(`/api/admin/orders/00000000-0000-0000-0000-000000000000/cancel`, { method: "POST", token: admin.token });
    expect(unknown.status).toBe(404);
  });

  it("refuses to cancel a completed order and leaves its items sold", async () => {
    const product = await makeProduct({ stock: 2 });
    const paid = await createOrder({ productId: product.id, quantity: 1, contactEmail: customer.email, paymentMethod: "balance_cny" }, { token: customer.token });
    expect(paid.body.order.status).toBe("completed");
    const refused = await api(`/api/admin/orders/${paid.body.order.id}/cancel`, { method: "POST", token: admin.token });
    expect(refused.status).toBe(400);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 1 });
  });
});
