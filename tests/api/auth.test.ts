import { enableCoin } from "../support/receiving-address";
import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder, randomIp } from "../support/api";
import { balances, db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { loginFailuresByEmail } from "@/lib/ratelimit/limiters";

const COIN = "trc20_usdt";
const login = (email: string, password: string, ip?: string) => api("/api/auth/login", { json: { email, password }, ip });
const newEmail = () => `shopper-${randomUUID().slice(0, 8)}@example.com`;

async function buyWithBalance(token: string) {
  const product = await makeProduct({ priceFen: 250n, stock: 2 });
  return createOrder({ productId: product.id, quantity: 1, contactEmail: newEmail(), paymentMethod: "balance_cny" }, { token });
}

describe("POST /api/auth/register and /api/auth/login", () => {
  it("registers a shopper who can then log in and gets {token, user}", async () => {
    const email = newEmail();
    const password = `pw-${randomUUID()}`;
    const registered = await api("/api/auth/register", { json: { email, password } });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ success: true, user: { email, balance: 0, balance_crypto: 0 } });

    const { status, body } = await login(email, password);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(typeof body.token).toBe("string");
    expect(body.user).toEqual({ id: registered.body.user.id, email, balance: 0, balance_crypto: 0 });
    // The token is accepted: with nothing on the balance the order fails on money, not on login.
    const order = await buyWithBalance(body.token);
    expect(order.status).toBe(400);
    expect(order.body.error).toBe("Insufficient balance");
  });

  it("returns the user's balances and a token that pays balance orders", async () => {
    const user = await makeUser({ balanceFen: 1234n, balanceUsdtMicro: 1_500_000n });
    const { status, body } = await login(user.email, user.password);
    expect(status).toBe(200);
    expect(body.user).toEqual({ id: user.id, email: user.email, balance: 12.34, balance_crypto: 1.5 });
    const order = await buyWithBalance(body.token);
    expect(order.status).toBe(200);
    expect(order.body.order.status).toBe("completed");
    expect((await balances(user.id)).cny).toBe(1234n - 250n);
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    const user = await makeUser();
    const wrongPassword = await login(user.email, "not-the-password");
    const unknownEmail = await login(newEmail(), user.password);
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toMatchObject({ success: false, error: "Invalid email or password" });
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it("stores only hashes of the token and of the password", async () => {
    const user = await makeUser();
    const { body } = await login(user.email, user.password);
    const rows = await db.apiToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(2); // the fixture's token and this login's
    for (const row of rows) {
      expect(row.tokenHash).not.toBe(body.token);
      expect(row.tokenHash).not.toContain(body.token);
      expect(row.tokenHash).not.toContain(user.token);
    }
    expect(await db.apiToken.count({ where: { tokenHash: { in: [body.token, user.token] } } })).toBe(0);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(user.password);
  });

  it("refuses a revoked token and an expired token with 401 on a balance order", async () => {
    const user = await makeUser({ balanceFen: 10_000n });
    expect((await buyWithBalance(user.token)).status).toBe(200);
    await db.apiToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const revoked = await buyWithBalance(user.token);
    expect(revoked.status).toBe(401);
    expect(revoked.body.success).toBe(false);

    const { body } = await login(user.email, user.password);
    expect((await buyWithBalance(body.token)).status).toBe(200);
    await db.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await buyWithBalance(body.token);
    expect(expired.status).toBe(401);
    expect(expired.body.success).toBe(false);
    // Only the two accepted orders were paid.
    expect((await balances(user.id)).cny).toBe(10_000n - 2n * 250n);
  });

  it("answers 409 when the email is already registered, in any letter case", async () => {
    const user = await makeUser();
    for (const email of [user.email, user.email.toUpperCase()]) {
      const { status, body } = await api("/api/auth/register", { json: { email, password: "another-password" } });
      expect(status, email).toBe(409);
      expect(body.success).toBe(false);
    }
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });

  it("a stranger failing from dozens of addresses cannot lock the owner out: the right password works from a fresh address", async () => {
    const user = await makeUser();
    // 30 failures from 30 addresses (the old per-email limit locked the owner out after 10).
    for (let batch = 0; batch < 3; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => login(user.email, `wrong-${batch}-${i}`).then((r) => r.status)),
      );
      expect(statuses).toEqual(Array(10).fill(401));
    }
    const owner = await login(user.email, user.password);
    expect(owner.status).toBe(200);
    expect(typeof owner.body.token).toBe("string");
  });

  it("under heavy pressure (50 failures in the hour) each address gets one attempt at the email, even the right password after", async () => {
    const user = await makeUser();
    await loginFailuresByEmail().consume(user.email, 50);
    const ip = randomIp();
    expect((await login(user.email, "one-more-guess", ip)).status).toBe(401);
    const limited = await login(user.email, user.password, ip);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error: "Too many requests" });
    expect(limited.body).not.toHaveProperty("token");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // A fresh address still gets its attempt.
    expect((await login(user.email, user.password)).status).toBe(200);
  });

  it("one address gets 5 attempts at a quiet email, under 20 concurrent guesses too; successes do not count", async () => {
    const user = await makeUser();
    const ip = randomIp();
    for (let i = 0; i < 12; i++) expect((await login(user.email, user.password, ip)).status).toBe(200);
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => login(user.email, `guess-${i}`, ip)));
    const statuses = guesses.map((guess) => guess.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    // Another address is not affected.
    expect((await login(user.email, user.password)).status).toBe(200);
  });

  it("one address gets 10 failed attempts per 15 minutes across emails", async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i++) expect((await login(newEmail(), "wrong", ip)).status, `attempt ${i + 1}`).toBe(401);
    const user = await makeUser();
    expect((await login(user.email, user.password, ip)).status).toBe(429);
  });
});

describe("POST /api/auth/register limits", () => {
  it("takes 10 registrations per hour from one address, then 429 with Retry-After; nothing is created past it", async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i++) {
      const { status } = await api("/api/auth/register", { json: { email: newEmail(), password: "password-1" }, ip });
      expect(status, `registration ${i + 1}`).toBe(200);
    }
    const email = newEmail();
    const limited = await api("/api/auth/register", { json: { email, password: "password-1" }, ip });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error: "Too many requests" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await db.user.count({ where: { email } })).toBe(0);
    // The published answer for a taken email is unchanged (from another address).
    const user = await makeUser();
    expect((await api("/api/auth/register", { json: { email: user.email, password: "password-1" } })).body.error).toBe(
      "Email already registered",
    );
  });
});

describe("admin guard on POST /api/admin/orders/:id/confirm", () => {
  beforeAll(async () => {
    await enableCoin(COIN, "TAuthTestReceivingAddress000000001");
  });

  it("answers 401 without a token and 403 for a customer, and lets an admin confirm", async () => {
    const product = await makeProduct({ priceFen: BigInt(randomInt(100, 5000)), stock: 2 });
    const created = await createOrder({
      productId: product.id,
      quantity: 1,
      contactEmail: newEmail(),
      paymentMethod: "crypto",
      coin: COIN,
    });
    expect(created.status).toBe(200);
    const path = `/api/admin/orders/${created.body.order.id}/confirm`;

    const anonymous = await api(path, { method: "POST" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.success).toBe(false);
    const customer = await makeUser();
    const forbidden = await api(path, { method: "POST", token: customer.token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.success).toBe(false);
    // Neither refused call delivered anything.
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 1, sold: 0 });

    const admin = await makeUser({ role: "admin" });
    const confirmed = await api(path, { method: "POST", token: admin.token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ success: true, outcome: "delivered" });
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 1 });
  });
});

describe("POST /api/auth/logout", () => {
  it("revokes the token it is called with, and only that one", async () => {
    const user = await makeUser({ balanceFen: 10_000n });
    const second = (await login(user.email, user.password)).body.token as string;
    const out = await api("/api/auth/logout", { method: "POST", token: user.token });
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ success: true, revoked: true });
    expect((await buyWithBalance(user.token)).status).toBe(401);
    expect((await api("/api/auth/logout", { method: "POST", token: user.token })).status).toBe(401);
    expect((await buyWithBalance(second)).status).toBe(200);
  });
});
