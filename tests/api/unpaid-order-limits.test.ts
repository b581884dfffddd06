// Open unpaid orders hold stock and crypto amounts: an anonymous buyer may hold 5 per client
// address and 5 per contact email (UNPAID_ORDER_LIMIT_PER_IP / _PER_EMAIL), a signed-in
// account 20 of its own (UNPAID_ORDER_LIMIT_PER_ACCOUNT); paid or expired orders free their slot.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder, randomIp } from "../support/api";
import { db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";

const COIN = "trc20_usdt";
const ADDRESS = `TLimit${randomUUID().replaceAll("-", "").slice(0, 28)}`;
const newEmail = () => `unpaid-${randomUUID().slice(0, 8)}@example.com`;
const TTL_SECONDS = Number(process.env.ORDER_TTL_MINUTES ?? 15) * 60;

beforeAll(() => enableCoin(COIN, ADDRESS));

const cryptoOrder = (productId: string, options: { ip?: string; email?: string; token?: string } = {}) =>
  createOrder(
    { productId, quantity: 1, contactEmail: options.email ?? newEmail(), paymentMethod: "crypto", coin: COIN },
    { token: options.token, headers: { "x-forwarded-for": options.ip ?? randomIp() } },
  );

async function expectLimited(answer: Awaited<ReturnType<typeof cryptoOrder>>) {
  expect(answer.status).toBe(429);
  expect(answer.body).toEqual({ success: false, error: "Too many requests", code: "rate_limited" });
  const retryAfter = Number(answer.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(TTL_SECONDS - 120);
  expect(retryAfter).toBeLessThanOrEqual(TTL_SECONDS);
}

describe("unpaid orders per client address", () => {
  it("takes 5 open unpaid orders from one address, then 429 with Retry-After; the refused one reserves nothing", async () => {
    const product = await makeProduct({ stock: 10 });
    const ip = randomIp();
    for (let i = 0; i < 5; i++) expect((await cryptoOrder(product.id, { ip })).status, `order ${i + 1}`).toBe(200);
    await expectLimited(await cryptoOrder(product.id, { ip }));
    expect(await stockCounts(product.id)).toEqual({ available: 5, reserved: 5, sold: 0 });
    expect(await db.order.count({ where: { productId: product.id } })).toBe(5);
    // Another address is not affected, and a balance order (paid at once) never counts.
    expect((await cryptoOrder(product.id)).status).toBe(200);
    const user = await makeUser({ balanceFen: 10_000n });
    const paid = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: newEmail(), paymentMethod: "balance_cny" },
      { token: user.token, headers: { "x-forwarded-for": ip } },
    );
    expect(paid.status).toBe(200);
  });

  it("holds under 12 concurrent orders from one address: exactly 5 are made", async () => {
    const product = await makeProduct({ stock: 20 });
    const ip = randomIp();
    const answers = await Promise.all(Array.from({ length: 12 }, () => cryptoOrder(product.id, { ip })));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(7);
    expect(await stockCounts(product.id)).toEqual({ available: 15, reserved: 5, sold: 0 });
  });

  it("frees a slot when an order is paid or has expired", async () => {
    const product = await makeProduct({ stock: 10 });
    const ip = randomIp();
    const made: Record<string, any>[] = [];
    for (let i = 0; i < 5; i++) made.push((await cryptoOrder(product.id, { ip })).body);
    await expectLimited(await cryptoOrder(product.id, { ip }));

    const admin = await makeUser({ role: "admin" });
    const confirmed = await api(`/api/admin/orders/${made[0]!.order.id}/confirm`, { method: "POST", token: admin.token });
    expect(confirmed.status).toBe(200);
    expect((await cryptoOrder(product.id, { ip })).status).toBe(200);
    await expectLimited(await cryptoOrder(product.id, { ip }));

    // Past its expiry an order no longer counts, even before the sweeper has closed it.
    await db.order.update({ where: { id: made[1]!.order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await cryptoOrder(product.id, { ip })).status).toBe(200);
  });
});

describe("unpaid orders per contact email", () => {
  it("takes 5 open unpaid orders for one email from any addresses, in any letter case, then 429", async () => {
    const product = await makeProduct({ stock: 10 });
    const email = newEmail();
    for (let i = 0; i < 5; i++) expect((await cryptoOrder(product.id, { email: i % 2 ? email.toUpperCase() : email })).status).toBe(200);
    await expectLimited(await cryptoOrder(product.id, { email }));
    expect(await db.order.count({ where: { productId: product.id } })).toBe(5);
  });
});

describe("a signed-in account", () => {
  it("has its own limit of 20, apart from its address and its email", async () => {
    const product = await makeProduct({ stock: 30 });
    const user = await makeUser();
    const ip = randomIp();
    const email = newEmail();
    for (let i = 0; i < 20; i++) {
      expect((await cryptoOrder(product.id, { ip, email, token: user.token })).status, `order ${i + 1}`).toBe(200);
    }
    await expectLimited(await cryptoOrder(product.id, { ip, email, token: user.token }));
    // The account's orders did not use up the address's or the email's anonymous slots.
    expect((await cryptoOrder(product.id, { ip })).status).toBe(200);
    expect((await cryptoOrder(product.id, { email })).status).toBe(200);
  });
});
