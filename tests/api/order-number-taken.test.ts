// Order numbers are drawn at random, and now and then one is drawn that another order has
// (lib/orders/create-order.ts). The order is then made again with a new number: the buyer gets
// their order, and the refused attempt leaves nothing behind (no second reservation, debit or
// coupon use). With an Idempotency-Key the taken number is not mistaken for a concurrent
// request with the same key. Here the draw is steered to a taken number; the rest is real.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { balances, db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";

const draws = vi.hoisted(() => ({ queued: [] as string[], made: 0 }));
vi.mock("@/lib/orders/order-number", async (original) => {
  const actual = await original<typeof import("@/lib/orders/order-number")>();
  return {
    ...actual,
    newOrderNumber: (now?: Date) => {
      draws.made++;
      return draws.queued.shift() ?? actual.newOrderNumber(now);
    },
  };
});

const { placeOrder } = await import("@/lib/orders/place-order");
type Placed = { order: { id: string; order_no: string; status: string } };
const place = async (...args: Parameters<typeof placeOrder>) => (await placeOrder(...args)) as Placed;

const input = (productId: string, couponCode?: string) => ({
  productId,
  quantity: 1,
  contactEmail: `taken-${randomUUID().slice(0, 8)}@example.com`,
  paymentMethod: "balance_cny" as const,
  ...(couponCode ? { couponCode } : {}),
});

async function buyerWithOrder() {
  const product = await makeProduct({ priceFen: 500n, stock: 5 });
  const user = await makeUser({ balanceFen: 10_000n });
  const buyer = { userId: user.id, clientIp: "203.0.113.7", email: user.email };
  const first = await place(input(product.id), buyer, null);
  return { product, user, buyer, takenNumber: first.order.order_no as string };
}

describe("an order number already taken", () => {
  it("is drawn again: the order is made once, with a new number, and the refused attempt leaves nothing", async () => {
    const { product, user, buyer, takenNumber } = await buyerWithOrder();
    const coupon = await makeCoupon({ kind: "fixed", value: 100 });
    draws.queued.push(takenNumber);
    draws.made = 0;
    const second = await place(input(product.id, coupon.code), buyer, null);
    expect(draws.made).toBe(2);
    expect(second.order.order_no).not.toBe(takenNumber);
    expect(second.order.status).toBe("completed");
    expect(await db.order.count({ where: { productId: product.id } })).toBe(2);
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 2 });
    expect(await balances(user.id)).toMatchObject({ cny: 10_000n - 500n - 400n, ledgerCny: 10_000n - 500n - 400n });
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).usedCount).toBe(1);
  });

  it("is not taken for a concurrent request with the same Idempotency-Key", async () => {
    const { product, buyer, takenNumber } = await buyerWithOrder();
    const key = `taken-${randomUUID()}`;
    const body = input(product.id);
    draws.queued.push(takenNumber);
    const created = await place(body, buyer, key);
    expect(created.order.order_no).not.toBe(takenNumber);
    // The key answers the order it made, again.
    expect((await place(body, buyer, key)).order.id).toBe(created.order.id);
  });

  it("gives up after three draws taken, and writes nothing", async () => {
    const { product, user, buyer, takenNumber } = await buyerWithOrder();
    draws.queued.push(takenNumber, takenNumber, takenNumber);
    draws.made = 0;
    await expect(place(input(product.id), buyer, null)).rejects.toThrow(/order number taken/);
    expect(draws.made).toBe(3);
    expect(await db.order.count({ where: { productId: product.id } })).toBe(1);
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 1 });
    expect((await balances(user.id)).cny).toBe(10_000n - 500n);
  });
});
