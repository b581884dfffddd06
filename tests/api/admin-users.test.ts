// /api/admin/users, /audit and /settings: search, ledger, balance adjustments that never go
// below zero, disabling an account (sessions and tokens end), revoking tokens; the audit
// log and the settings the shop reads.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { api, createOrder } from "../support/api";
import { balances, db, makeProduct, makeUser } from "../support/fixtures";
import { auditCount, enrolTwoFactor, makeAdmin, totpCode } from "../support/admin";
import { answers } from "@/lib/api/admin-response-schemas";
import { callAction } from "../support/server-actions";
import { enableCoin } from "../support/receiving-address";

let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  admin = await makeAdmin();
});
const as = (method: string, path: string, json?: unknown) => api(path, { method, token: admin.token, json });

describe("users", () => {
  it("searches by part of the email and shows one account with its counts", async () => {
    const user = await makeUser({ balanceFen: 1234n, balanceUsdtMicro: 5_500_000n });
    const part = user.email.slice(5, 13);
    const found = answers.users.parse((await as("GET", `/api/admin/users?q=${part.toUpperCase()}`)).body).users;
    expect(found.map((entry) => entry.id)).toEqual([user.id]);
    expect(found[0]).toMatchObject({ balance: 12.34, balance_crypto: "5.5", role: "customer", disabled_at: null, two_factor: false });
    const detail = answers.user.parse((await as("GET", `/api/admin/users/${user.id}`)).body).user;
    expect(detail).toMatchObject({ orders: 0, live_tokens: 1 });
    const admins = (await as("GET", "/api/admin/users?role=admin&limit=100")).body.users.map((entry: { id: string }) => entry.id);
    expect(admins).toContain(admin.id);
    expect(admins).not.toContain(user.id);
    expect((await as("GET", `/api/admin/users/${randomUUID()}`)).status).toBe(404);
  });

  it("adjusts balances with a ledger entry and a reason, never below zero; bad input writes nothing", async () => {
    const user = await makeUser({ balanceFen: 1_000n });
    const credit = await as("POST", `/api/admin/users/${user.id}/balance`, {
      currency: "CNY",
      amount: "25.50",
      reason: "compensation for ticket #12",
    });
    expect(answers.adjustment.parse(credit.body).adjustment).toEqual({
      currency: "CNY",
      amount: "25.5",
      balance_after: "35.5",
      reason: "compensation for ticket #12",
    });
    const usdt = await as("POST", `/api/admin/users/${user.id}/balance`, { currency: "USDT", amount: 1.000001, reason: "top-up" });
    expect(usdt.body.adjustment.balance_after).toBe("1.000001");
    const debit = await as("POST", `/api/admin/users/${user.id}/balance`, { currency: "CNY", amount: -5, reason: "correction" });
    expect(debit.body.adjustment.balance_after).toBe("30.5");

    const audits = await auditCount();
    const before = await balances(user.id);
    const tooMuch = await as("POST", `/api/admin/users/${user.id}/balance`, { currency: "CNY", amount: "-30.51", reason: "x" });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error).toBe("Insufficient balance");
    for (const body of [
      { currency: "CNY", amount: "1.001", reason: "x" },
      { currency: "CNY", amount: 0, reason: "x" },
      { currency: "CNY", amount: "1e3", reason: "x" },
      { currency: "EUR", amount: 1, reason: "x" },
      { currency: "CNY", amount: 1, reason: "" },
      { currency: "CNY", amount: 1 },
      { currency: "USDT", amount: "0.0000001", reason: "x" },
    ]) {
      expect((await as("POST", `/api/admin/users/${user.id}/balance`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await as("POST", `/api/admin/users/${randomUUID()}/balance`, { currency: "CNY", amount: 1, reason: "x" })).status).toBe(404);
    expect(await balances(user.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);

    // Concurrent debits cannot take the balance below zero.
    const rush = await Promise.all(
      Array.from({ length: 6 }, () =>
        as("POST", `/api/admin/users/${user.id}/balance`, { currency: "CNY", amount: "-10", reason: "rush" }),
      ),
    );
    expect(rush.filter((answer) => answer.status === 200)).toHaveLength(3);
    expect(await balances(user.id)).toMatchObject({ cny: 50n, ledgerCny: 50n });

    const ledger = answers.ledger.parse((await as("GET", `/api/admin/users/${user.id}/ledger?limit=2`)).body);
    expect(ledger.entries.map((entry) => [entry.amount, entry.reason])).toEqual([
      ["-10", "adjustment"],
      ["-10", "adjustment"],
    ]);
    expect(ledger.next_cursor).not.toBeNull();
    const all = (await as("GET", `/api/admin/users/${user.id}/ledger?limit=100`)).body.entries;
    expect(all.find((entry: { reference: string }) => entry.reference === "compensation for ticket #12")).toMatchObject({
      amount: "25.5",
      currency: "CNY",
    });
  });

  it("disables an account: tokens and sign-in stop; enabling lets it sign in again", async () => {
    const user = await makeUser({ balanceFen: 10_000n });
    const product = await makeProduct({ stock: 2 });
    const disabled = answers.userState.parse((await as("POST", `/api/admin/users/${user.id}/disable`)).body).user;
    expect(disabled.disabled_at).not.toBeNull();
    const order = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: user.email, paymentMethod: "balance_cny" },
      { token: user.token },
    );
    expect(order.status).toBe(401);
    const login = await api("/api/auth/login", { json: { email: user.email, password: user.password } });
    expect(login.status).toBe(403);
    expect(login.body.error).toBe("Account disabled");
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    expect((await as("POST", `/api/admin/users/${admin.id}/disable`)).status).toBe(400);
    expect((await as("POST", `/api/admin/users/${user.id}/enable`)).body.user.disabled_at).toBeNull();
    expect((await api("/api/auth/login", { json: { email: user.email, password: user.password } })).status).toBe(200);
    const actions = (await as("GET", `/api/admin/audit?entity_type=user&entity_id=${user.id}`)).body.entries.map(
      (entry: { action: string }) => entry.action,
    );
    expect(actions).toEqual(["user.enable", "user.disable"]);
  });

  it("revokes every token of an account", async () => {
    const user = await makeUser();
    const second = (await api("/api/auth/login", { json: { email: user.email, password: user.password } })).body.token;
    const revoked = answers.revoked.parse((await as("POST", `/api/admin/users/${user.id}/revoke-tokens`)).body);
    expect(revoked.revoked).toBe(2);
    for (const token of [user.token, second]) expect((await api("/api/auth/logout", { method: "POST", token })).status).toBe(401);
  });

  it("resets an operator's two-factor so they can enrol again", async () => {
    const colleague = await makeAdmin();
    const { secret } = await enrolTwoFactor(colleague.id);
    expect((await api("/api/auth/login", { json: { email: colleague.email, password: colleague.password } })).status).toBe(401);
    expect(answers.twoFactorReset.parse((await as("POST", `/api/admin/users/${colleague.id}/reset-two-factor`)).body).two_factor).toBe(
      false,
    );
    expect((await api("/api/auth/login", { json: { email: colleague.email, password: colleague.password } })).status).toBe(200);
    expect(
      (await api("/api/auth/login", { json: { email: colleague.email, password: colleague.password, totp: totpCode(secret) } })).status,
    ).toBe(200);
    expect(await db.recoveryCode.count({ where: { userId: colleague.id } })).toBe(0);
  });
});

describe("GET /api/admin/audit", () => {
  it("pages newest first and filters by actor; entries cannot be changed through the API", async () => {
    const other = await makeAdmin();
    const user = await makeUser();
    await api(`/api/admin/users/${user.id}/balance`, {
      method: "POST",
      token: other.token,
      json: { currency: "CNY", amount: 1, reason: "a" },
    });
    await api(`/api/admin/users/${user.id}/balance`, {
      method: "POST",
      token: other.token,
      json: { currency: "CNY", amount: 2, reason: "b" },
    });
    const mine = answers.audit.parse((await as("GET", `/api/admin/audit?actor=${other.email}&limit=1`)).body);
    expect(mine.entries).toHaveLength(1);
    expect(mine.entries[0]).toMatchObject({
      actor_email: other.email,
      actor_id: other.id,
      action: "user.balance_adjust",
      after: { amount: "2", reason: "b" },
    });
    const next = (await as("GET", `/api/admin/audit?actor=${other.email}&limit=1&cursor=${mine.next_cursor}`)).body;
    expect(next.entries[0].after).toMatchObject({ amount: "1", reason: "a" });
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) {
      const answer = await fetch(`${inject("baseUrl")}/api/admin/audit`, { method, headers: { authorization: `Bearer ${admin.token}` } });
      expect(answer.status, method).toBe(405);
    }
    expect((await as("GET", "/api/admin/audit?cursor=abc")).status).toBe(400);
  });
});

describe("settings", () => {
  it("stores the settings, audits them, and the shop reads the order expiry at once", async () => {
    const initial = answers.settings.parse((await as("GET", "/api/admin/settings")).body).settings;
    const audits = await auditCount();
    for (const body of [
      { order_ttl_minutes: 0 },
      { order_ttl_minutes: 2000 },
      { shop_name_zh: "x".repeat(41) },
      { colour: "red" },
      { accent_color: "red" },
      { support_qq: "not-a-number" },
      { eth_confirmations: 0 },
      { bsc_confirmations: 1001 },
      { btc_confirmations: 1.5 },
      { btc_confirmations: "3" },
      { price_markup_percent: "100" },
      { price_markup_percent: "1.555" },
      { price_markup_percent: 2 },
    ]) {
      expect((await as("PATCH", "/api/admin/settings", body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await auditCount()).toBe(audits);
    expect((await as("GET", "/api/admin/settings")).body.settings).toEqual(initial);

    await enableCoin("erc20_usdt", "0x00000000000000000000000000000000c0ffee01");
    const changed = await as("PATCH", "/api/admin/settings", { order_ttl_minutes: 30, announcement_en: "Back on Monday" });
    expect(changed.body.settings).toMatchObject({
      order_ttl_minutes: 30,
      announcement_en: "Back on Monday",
      shop_name_zh: initial.shop_name_zh,
    });
    expect((await api("/api/payment-config")).body.order_ttl_minutes).toBe(30);
    const product = await makeProduct({ stock: 2 });
    const buyer = await makeUser({ balanceFen: 10_000n });
    const order = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const lifetime = Date.parse(order.body.order.expires_at) - Date.parse(order.body.order.created_at);
    expect(lifetime).toBe(30 * 60_000);
    // The checkout says the same before the order is placed (its coin amount "holds 30 minutes").
    const quote = await callAction("quoteCheckoutAction", [
      { productId: product.id, quantity: 1, paymentMethod: "crypto", coin: "erc20_usdt", couponCode: "" },
    ]);
    expect(quote).toMatch(/"holdsMinutes":30\b/);
    // …and so does the API documentation, with this shop's unpaid-order limits.
    const docs = await (await fetch(`${inject("baseUrl")}/en/api-docs`)).text();
    expect(docs).toContain("Unpaid orders expire after 30 minutes. An anonymous buyer may hold 5 unpaid orders per address");
    // …the FAQ the buyer reads…
    expect(await (await fetch(`${inject("baseUrl")}/en/faq`)).text()).toContain("<strong>30 minutes</strong>");
    // …and a balance top-up holds its payment as long as an order does.
    const topup = await api("/api/topups", {
      token: buyer.token,
      json: { currency: "USDT", amount: 12.5, paymentMethod: "crypto", coin: "erc20_usdt" },
    });
    expect(topup.status).toBe(200);
    expect(Date.parse(topup.body.topup.expires_at) - Date.parse(topup.body.topup.created_at)).toBe(30 * 60_000);
    const entry = (await as("GET", "/api/admin/audit?entity_type=settings&limit=1")).body.entries[0];
    expect(entry.before).toMatchObject({ order_ttl_minutes: initial.order_ttl_minutes });
    expect(entry.after).toMatchObject({ order_ttl_minutes: 30 });
    await as("PATCH", "/api/admin/settings", { order_ttl_minutes: null, announcement_en: "" });
    expect((await api("/api/payment-config")).body.order_ttl_minutes).toBe(15);
  });
});
