// Concurrency through the real HTTP server: every request of a race is fired at once
// (Promise.all), and the outcome is checked in the answers and in the database.
import { enableCoin } from "../support/receiving-address";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrder, type ApiResponse } from "../support/api";
import { balances, db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { decrypt } from "@/lib/crypto/secret-box";
import { transaction } from "@/lib/db";
import { credit } from "@/lib/balance/ledger";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { DUMMY_HASH } from "@/lib/auth/password";

const COIN = "trc20_usdt";
const PAY_ADDRESS = "TRacesTestReceivingAddress00000001";

/** "200" / "400 Insufficient stock" ... -> how many answers of each kind (a 500 shows up plainly). */
function tally(responses: ApiResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, body } of responses) {
    const key = status === 200 ? "200" : `${status} ${body.error}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * A funded user with a bearer token but no usable password: the 60 buyers only need tokens,
 * and 60 scrypt hashes (makeUser) would cost seconds of a shared CPU.
 */
async function fundedBuyer(balanceFen: bigint) {
  const user = await db.user.create({ data: { email: `buyer-${randomUUID()}@example.com`, passwordHash: DUMMY_HASH } });
  await transaction((tx) => credit(tx, { userId: user.id, currency: "CNY", amount: balanceFen, reason: "test" }));
  return { ...user, token: (await issueApiToken(user.id, "test")).token };
}

const succeeded = (responses: ApiResponse[]) => responses.filter((r) => r.status === 200);

/** Every item of the product, with the order it is held for. */
const itemsOf = (productId: string) =>
  db.stockItem.findMany({ where: { productId }, select: { id: true, status: true, orderId: true, content: true } });

beforeAll(() => enableCoin(COIN, PAY_ADDRESS));

describe("60 buyers race for the last 10 items", () => {
  it("crypto orders: exactly 10 reserve one item each, 50 get Insufficient stock", async () => {
    const product = await makeProduct({ stock: 10, priceFen: 720n });
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        createOrder({
          productId: product.id,
          quantity: 1,
          contactEmail: `race-${i}-${product.slug}@example.com`,
          paymentMethod: "crypto",
          coin: COIN,
        }),
      ),
    );
    expect(tally(responses)).toEqual({ "200": 10, "400 Insufficient stock": 50 });
    for (const failure of responses.filter((r) => r.status !== 200)) expect(failure.body.success).toBe(false);

    const winners = succeeded(responses);
    const orderIds = winners.map((r) => r.body.order.id as string);
    expect(new Set(orderIds).size).toBe(10);
    for (const { body } of winners) expect(body.order).toMatchObject({ status: "pending", quantity: 1, payment_method: "crypto" });
    // No two pending orders may wait for the same transfer.
    const pairs = winners.map((r) => `${r.body.payment.address} ${r.body.payment.amount}`);
    expect(new Set(pairs).size).toBe(10);

    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 10, sold: 0 });
    const items = await itemsOf(product.id);
    expect(items.map((item) => item.orderId).sort()).toEqual([...orderIds].sort());
    // The losers left no order behind.
    expect(await db.order.count({ where: { productId: product.id } })).toBe(10);
  });

  it("balance_cny orders: exactly 10 are delivered, no item twice, 50 keep their money", async () => {
    const product = await makeProduct({ stock: 10, priceFen: 300n });
    const lines = (await itemsOf(product.id)).map((item) => decrypt(item.content)).sort();
    const buyers = await Promise.all(Array.from({ length: 60 }, () => fundedBuyer(300n)));
    const responses = await Promise.all(
      buyers.map((buyer, i) =>
        createOrder(
          { productId: product.id, quantity: 1, contactEmail: `race-${i}-${product.slug}@example.com`, paymentMethod: "balance_cny" },
          { token: buyer.token },
        ),
      ),
    );
    expect(tally(responses)).toEqual({ "200": 10, "400 Insufficient stock": 50 });
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 10 });

    // The 10 answers hold 10 disjoint deliveries that together are the whole stock.
    const delivered = succeeded(responses).map((r) => (r.body.accounts as { raw: string }[]).map((a) => a.raw));
    for (const accounts of delivered) expect(accounts).toHaveLength(1);
    expect(delivered.flat().sort()).toEqual(lines);

    // Each sold item belongs to the order that delivered it, and to no other.
    for (const { body } of succeeded(responses)) {
      expect(body.order.status).toBe("completed");
      const held = await db.stockItem.findMany({ where: { orderId: body.order.id }, select: { status: true, content: true } });
      expect(held.map((item) => [item.status, decrypt(item.content)])).toEqual([["sold", body.accounts[0].raw]]);
    }

    // Winners paid exactly once; losers were not debited at all.
    const winnerIds = new Set(
      (await db.order.findMany({ where: { productId: product.id }, select: { userId: true } })).map((o) => o.userId),
    );
    expect(winnerIds.size).toBe(10);
    for (const buyer of buyers) {
      const money = await balances(buyer.id);
      const expected = winnerIds.has(buyer.id) ? 0n : 300n;
      expect(money.cny).toBe(expected);
      expect(money.ledgerCny).toBe(expected);
    }
  });
});

describe("20 balance orders from one user who can pay for 5", () => {
  it("exactly 5 are paid; the balance ends at 0, never below, and matches the ledger", async () => {
    const product = await makeProduct({ stock: 30, priceFen: 200n });
    const buyer = await makeUser({ balanceFen: 1000n });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        createOrder(
          { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
          { token: buyer.token },
        ),
      ),
    );
    expect(tally(responses)).toEqual({ "200": 5, "400 Insufficient balance": 15 });

    const money = await balances(buyer.id);
    expect(money.cny).toBe(0n);
    expect(money.ledgerCny).toBe(money.cny);
    const ledger = await db.ledgerEntry.findMany({ where: { userId: buyer.id, currency: "CNY" } });
    for (const entry of ledger) expect(entry.balanceAfter >= 0n).toBe(true);
    // The five debits were applied one after another: each saw the previous one's balance.
    const debits = ledger.filter((entry) => entry.amount < 0n);
    expect(debits.map((entry) => entry.amount)).toEqual(Array(5).fill(-200n));
    expect(debits.map((entry) => entry.balanceAfter).sort((a, b) => Number(b - a))).toEqual([800n, 600n, 400n, 200n, 0n]);

    // Only the five paid orders took items; the failed ones reserved nothing and left no order.
    expect(await stockCounts(product.id)).toEqual({ available: 25, reserved: 0, sold: 5 });
    const orders = await db.order.findMany({ where: { productId: product.id } });
    expect(orders.map((o) => o.status)).toEqual(Array(5).fill("completed"));
  });
});

describe("a 3-use coupon raced by 10 orders", () => {
  it("is taken by exactly 3 orders; the other 7 are refused and reserve nothing", async () => {
    const product = await makeProduct({ stock: 20, priceFen: 1000n });
    const coupon = await makeCoupon({ kind: "fixed", value: 100, remainingUses: 3, productId: product.id });
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createOrder({
          productId: product.id,
          quantity: 1,
          contactEmail: `coupon-${i}-${product.slug}@example.com`,
          paymentMethod: "crypto",
          coin: COIN,
          couponCode: coupon.code,
        }),
      ),
    );
    expect(tally(responses)).toEqual({ "200": 3, "400 Coupon used up": 7 });
    for (const { body } of succeeded(responses)) expect(body.order).toMatchObject({ discount: 1, amount: 9, status: "pending" });

    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ remainingUses: 0, usedCount: 3 });
    const orders = await db.order.findMany({ where: { productId: product.id } });
    expect(orders).toHaveLength(3);
    expect(orders.every((o) => o.couponId === coupon.id)).toBe(true);
    expect(await stockCounts(product.id)).toEqual({ available: 17, reserved: 3, sold: 0 });
  });
});
