import { enableCoin } from "../support/receiving-address";
import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { confirmPayment } from "@/lib/orders/confirm-payment";

const COIN = "trc20_usdt";
const INTERNAL_KEY = process.env.INTERNAL_API_KEY!;
const clean = (headers: Record<string, string> = { "x-internal-key": INTERNAL_KEY }) =>
  api("/api/orders/clean", { method: "POST", headers });
let adminToken: string;

beforeAll(async () => {
  expect(INTERNAL_KEY).toBeTruthy();
  adminToken = (await makeUser({ role: "admin" })).token;
  await enableCoin(COIN, "TExpiryTestReceivingAddress0000001");
});

/** A pending crypto order for `quantity` of a fresh 5-item product; a random price keeps its amount apart. */
async function pendingOrder(options: { quantity?: number; coupon?: boolean } = {}) {
  const product = await makeProduct({ priceFen: BigInt(randomInt(500, 5000)), stock: 5 });
  const coupon = options.coupon ? await makeCoupon({ productId: product.id, remainingUses: 3 }) : undefined;
  const created = await createOrder({
    productId: product.id,
    quantity: options.quantity ?? 2,
    contactEmail: `buyer-${randomUUID().slice(0, 8)}@example.com`,
    paymentMethod: "crypto",
    coin: COIN,
    ...(coupon ? { couponCode: coupon.code } : {}),
  });
  expect(created.status).toBe(200);
  expect(created.body.order.status).toBe("pending");
  return { product, coupon, order: created.body.order, payment: created.body.payment, accessToken: created.body.access_token as string };
}

const makeOverdue = (orderId: string) => db.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
const orderStatus = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
const confirm = (orderId: string) => api(`/api/admin/orders/${orderId}/confirm`, { method: "POST", token: adminToken });

describe("/api/orders/clean", () => {
  it("answers 401 without the internal key or with a wrong one", async () => {
    const attempts: Record<string, string>[] = [{}, { "x-internal-key": "not-the-internal-key" }, { "x-internal-key": "" }];
    for (const headers of attempts) {
      const { status, body } = await clean(headers);
      expect(status).toBe(401);
      expect(body.success).toBe(false);
    }
  });

  it("expires overdue pending orders, releases their items and returns the coupon use, idempotently", async () => {
    const { product, coupon, order } = await pendingOrder({ quantity: 2, coupon: true });
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 2, sold: 0 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon!.id } })).toMatchObject({ remainingUses: 2, usedCount: 1 });

    await makeOverdue(order.id);
    const first = await clean();
    expect(first.status).toBe(200);
    expect(first.body.success).toBe(true);
    expect(typeof first.body.expired).toBe("number");
    // Whether this call or the 1 s sweeper got there first, the work is done once the call returns.
    expect(await orderStatus(order.id)).toBe("expired");
    expect(await stockCounts(product.id)).toEqual({ available: 5, reserved: 0, sold: 0 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon!.id } })).toMatchObject({ remainingUses: 3, usedCount: 0 });

    const second = await clean(); // the same call again changes nothing
    expect(second.status).toBe(200);
    expect(second.body.expired).toBe(0);
    expect(await orderStatus(order.id)).toBe("expired");
    expect(await stockCounts(product.id)).toEqual({ available: 5, reserved: 0, sold: 0 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon!.id } })).toMatchObject({ remainingUses: 3, usedCount: 0 });
  });

  it("leaves pending orders that are not yet due alone", async () => {
    const { product, order } = await pendingOrder({ quantity: 1 });
    expect((await clean()).status).toBe(200);
    expect(await orderStatus(order.id)).toBe("pending");
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 1, sold: 0 });
  });
});

describe("the in-process sweeper", () => {
  it("expires an overdue order without any call", async () => {
    const { product, coupon, order } = await pendingOrder({ quantity: 2, coupon: true });
    await makeOverdue(order.id);
    let status = "pending";
    for (const deadline = Date.now() + 10_000; status === "pending" && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = await orderStatus(order.id);
    }
    expect(status).toBe("expired");
    expect(await stockCounts(product.id)).toEqual({ available: 5, reserved: 0, sold: 0 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon!.id } })).toMatchObject({ remainingUses: 3, usedCount: 0 });
  });
});

describe("reading an overdue order", () => {
  it("answers expired from the status endpoint", async () => {
    const { product, order, accessToken } = await pendingOrder({ quantity: 1 });
    await makeOverdue(order.id);
    const { status, body } = await api(`/api/orders/${order.id}/status?token=${encodeURIComponent(accessToken)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "expired", paid: false, delivered: false, order: { status: "expired" } });
    expect(body).not.toHaveProperty("accounts");
    expect(await stockCounts(product.id)).toEqual({ available: 5, reserved: 0, sold: 0 });
  });
});

describe("payment confirmation", () => {
  it("delivers a pending order once; confirming again delivers nothing more", async () => {
    const { product, order, accessToken } = await pendingOrder({ quantity: 2 });
    const first = await confirm(order.id);
    expect(first.status).toBe(200);
    expect(first.body.outcome).toBe("delivered");
    expect(await orderStatus(order.id)).toBe("completed");
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 2 });

    const view = await api(`/api/orders/${order.id}/status?token=${encodeURIComponent(accessToken)}`);
    expect(view.body).toMatchObject({ status: "completed", paid: true, delivered: true });
    expect(view.body.accounts).toHaveLength(2);
    for (const account of view.body.accounts) expect(account.raw.startsWith(product.slug)).toBe(true);

    const again = await confirm(order.id);
    expect(again.status).toBe(200);
    // The operator's second click is a new event on a completed order: nothing is delivered again.
    expect(again.body.outcome).toBe("already_completed");
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 2 });
    const again2 = await api(`/api/orders/${order.id}/status?token=${encodeURIComponent(accessToken)}`);
    expect(again2.body.accounts).toEqual(view.body.accounts);
  });

  it("delivers exactly once under 10 concurrent confirmations", async () => {
    const { product, order } = await pendingOrder({ quantity: 3 });
    const results = await Promise.all(Array.from({ length: 10 }, () => confirm(order.id)));
    for (const result of results) expect(result.status).toBe(200);
    expect(results.filter((result) => result.body.outcome === "delivered")).toHaveLength(1);
    expect(await orderStatus(order.id)).toBe("completed");
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 3 });
    expect(await db.stockItem.count({ where: { orderId: order.id, status: "sold" } })).toBe(3);
  });

  it("does not deliver an expired order: a payment notice is not_payable, the operator must say what was seen", async () => {
    const { product, order, payment } = await pendingOrder({ quantity: 2 });
    await makeOverdue(order.id);
    await clean();
    expect(await orderStatus(order.id)).toBe("expired");
    // A notice outside the late-payment path (chains and cashiers take that path themselves).
    const notice = { orderId: order.id, source: COIN, eventKey: `${COIN}:tx-${randomUUID()}:0`, amount: payment.amount as string };
    expect(await confirmPayment(notice)).toBe("not_payable");
    // The operator's confirm of an expired order is a late payment and needs a note (tests/api/admin-orders.test.ts).
    const result = await confirm(order.id);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatch(/needs a note/);
    expect(await orderStatus(order.id)).toBe("expired");
    expect(await stockCounts(product.id)).toEqual({ available: 5, reserved: 0, sold: 0 });
  });

  it("confirmPayment records each event key once: a repeated notice is a duplicate", async () => {
    const { product, order, payment } = await pendingOrder({ quantity: 1 });
    const notice = { orderId: order.id, source: COIN, eventKey: `${COIN}:tx-${randomUUID()}:0`, amount: payment.amount as string };
    expect(await confirmPayment(notice)).toBe("delivered");
    expect(await confirmPayment(notice)).toBe("duplicate");
    expect(await db.paymentEvent.count({ where: { eventKey: notice.eventKey } })).toBe(1);
    // A different transfer for the already completed order is recorded but delivers nothing.
    expect(await confirmPayment({ ...notice, eventKey: `${COIN}:tx-${randomUUID()}:0` })).toBe("already_completed");
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(2);
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 1 });
  });
});
