// The customer area's services: API tokens (list, revoke owner-checked), balances, ledger,
// order history and the owner-checked order view, against the real server and database.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { issueApiToken, listApiTokens, revokeApiToken } from "@/lib/auth/api-tokens";
import { accountBalances } from "@/lib/account/balances";
import { recentLedger } from "@/lib/account/ledger-history";
import { orderHistory, ORDERS_PER_PAGE } from "@/lib/account/order-history";
import { accountOrderOrThrow } from "@/lib/account/account-order";
import { authFieldErrors } from "@/lib/auth/form-errors";
import { credentialsSchema, registrationSchema } from "@/lib/auth/users";
import { AppError } from "@/lib/api/app-error";

const COIN = "trc20_usdt";
const email = () => `buyer-${randomUUID().slice(0, 8)}@example.com`;

async function buy(token: string, options: { priceFen?: bigint; quantity?: number; method?: string } = {}) {
  const product = await makeProduct({ priceFen: options.priceFen ?? 300n, stock: 5 });
  const response = await createOrder(
    {
      productId: product.id,
      quantity: options.quantity ?? 1,
      contactEmail: email(),
      paymentMethod: options.method ?? "balance_cny",
      ...(options.method === "crypto" ? { coin: COIN } : {}),
    },
    { token },
  );
  return { ...response, product };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "resolved";
}

beforeAll(async () => {
  await enableCoin(COIN, "TAccountTestReceivingAddress000001");
});

describe("API tokens in the account area", () => {
  it("lists only the user's live tokens, newest first, without secrets or hashes", async () => {
    const user = await makeUser();
    const other = await makeUser();
    // Distinct creation times: the list is ordered by time.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    await tick();
    const first = await issueApiToken(user.id, "first bot");
    await tick();
    const second = await issueApiToken(user.id, "second bot");
    const tokens = await listApiTokens(user.id);
    expect(tokens.map((token) => token.name)).toEqual(["second bot", "first bot", "test"]);
    for (const token of tokens) {
      expect(Object.keys(token).sort()).toEqual(["createdAt", "expired", "expiresAt", "id", "name"]);
      expect(token.expired).toBe(false);
      expect(JSON.stringify(token)).not.toContain(first.token);
      expect(JSON.stringify(token)).not.toContain(second.token);
    }
    expect((await listApiTokens(other.id)).map((token) => token.name)).toEqual(["test"]);
  });

  it("revokes the owner's token: the API then answers 401 with it, and it leaves the list", async () => {
    const user = await makeUser();
    const { token } = await issueApiToken(user.id, "to revoke");
    // Accepted before: a new user has no money, so the order fails on balance, not on auth.
    const before = await buy(token);
    expect(before.status).toBe(400);
    expect(before.body.error).toBe("Insufficient balance");

    const id = (await listApiTokens(user.id)).find((row) => row.name === "to revoke")!.id;
    await revokeApiToken(user.id, id);
    const after = await buy(token);
    expect(after.status).toBe(401);
    // Balance orders need a signed-in buyer; a revoked token is no buyer at all.
    expect(after.body).toMatchObject({ success: false, error: "Login required: send Authorization: Bearer USER_TOKEN" });
    expect((await listApiTokens(user.id)).map((row) => row.name)).toEqual(["test"]);
    // The user's other token still works.
    expect((await buy(user.token)).body.error).toBe("Insufficient balance");
    // A second revoke of the same token is "not found", and changes nothing.
    expect(await codeOf(revokeApiToken(user.id, id))).toBe("not_found");
  });

  it("refuses to revoke another user's token (not found) and that token keeps working", async () => {
    const owner = await makeUser({ balanceFen: 1_000n });
    const intruder = await makeUser();
    const [target] = await listApiTokens(owner.id);
    expect(await codeOf(revokeApiToken(intruder.id, target!.id))).toBe("not_found");
    expect(await codeOf(revokeApiToken(intruder.id, randomUUID()))).toBe("not_found");
    await expect(revokeApiToken("", target!.id)).rejects.toThrow();
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: target!.id } });
    expect(stored.revokedAt).toBeNull();
    expect((await buy(owner.token)).status).toBe(200);
  });

  it("flags an expired token in the list", async () => {
    const user = await makeUser();
    await db.apiToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await listApiTokens(user.id)).toMatchObject([{ name: "test", expired: true }]);
  });
});

describe("balances, ledger and order history", () => {
  it("shows balances and the ledger newest first with signed amounts and the order number", async () => {
    const user = await makeUser({ balanceFen: 10_000n, balanceUsdtMicro: 2_500_000n });
    const first = await buy(user.token, { priceFen: 300n, quantity: 2 });
    const second = await buy(user.token, { priceFen: 150n });
    expect([first.status, second.status]).toEqual([200, 200]);

    expect(await accountBalances(user.id)).toEqual({ cnyFen: 10_000n - 600n - 150n, usdtMicro: 2_500_000n });
    const { lines, total } = await recentLedger(user.id);
    expect(total).toBe(4);
    expect(lines.map((line) => [line.reason, line.currency, line.amount, line.reference])).toEqual([
      ["order", "CNY", -150n, second.body.order.order_no],
      ["order", "CNY", -600n, first.body.order.order_no],
      // The fixture credits both currencies in one transaction: same moment, either order.
      ...lines.slice(2).map((line) => ["test", line.currency, line.currency === "CNY" ? 10_000n : 2_500_000n, null]),
    ]);
    expect(lines[0]!.balanceAfter).toBe(10_000n - 750n);
    expect((await recentLedger(user.id, 1)).lines).toHaveLength(1);
    await expect(accountBalances(randomUUID())).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("lists only the user's orders, newest first, in pages, with both product names", async () => {
    const user = await makeUser({ balanceFen: 100_000n });
    const other = await makeUser({ balanceFen: 10_000n });
    const mine: string[] = [];
    for (let i = 0; i < ORDERS_PER_PAGE + 2; i++) {
      const order = await buy(user.token, { priceFen: 100n });
      expect(order.status).toBe(200);
      mine.unshift(order.body.order.order_no);
    }
    expect((await buy(other.token)).status).toBe(200);

    const page1 = await orderHistory(user.id, 1);
    const page2 = await orderHistory(user.id, 2);
    expect(page1.pages).toBe(2);
    expect([...page1.orders, ...page2.orders].map((order) => order.orderNo)).toEqual(mine);
    expect(page1.orders[0]).toMatchObject({ quantity: 1, amountFen: 100n, status: "completed", paymentMethod: "balance_cny" });
    expect(page1.orders[0]!.productNameZh).toMatch(/^测试商品 /);
    expect(page1.orders[0]!.productNameEn).toMatch(/^Test product /);
    // Out-of-range pages clamp to the last or the first.
    expect((await orderHistory(user.id, 99)).page).toBe(2);
    expect((await orderHistory(user.id, -3)).page).toBe(1);
    expect(await orderHistory((await makeUser()).id, 1)).toEqual({ orders: [], page: 1, pages: 1 });
  });
});

describe("the owner-checked order view", () => {
  it("opens the user's completed order with the same items the API delivered", async () => {
    const user = await makeUser({ balanceFen: 10_000n });
    const created = await buy(user.token, { quantity: 2 });
    const order = await accountOrderOrThrow(user.id, created.body.order.id);
    expect(order).toMatchObject({ status: "completed", order: { order_no: created.body.order.order_no, quantity: 2, amount: 6 } });
    expect(order.accounts).toEqual(created.body.accounts);
  });

  it("answers order_not_found for another user's order, an unknown id and a missing user id", async () => {
    const owner = await makeUser({ balanceFen: 10_000n });
    const intruder = await makeUser();
    const created = await buy(owner.token);
    expect(await codeOf(accountOrderOrThrow(intruder.id, created.body.order.id))).toBe("order_not_found");
    expect(await codeOf(accountOrderOrThrow(owner.id, randomUUID()))).toBe("order_not_found");
    expect(await codeOf(accountOrderOrThrow("", created.body.order.id))).toBe("order_not_found");
  });

  it("an anonymous order belongs to nobody's account", async () => {
    const user = await makeUser();
    const product = await makeProduct({ stock: 2 });
    const anonymous = await createOrder({
      productId: product.id,
      quantity: 1,
      contactEmail: user.email,
      paymentMethod: "crypto",
      coin: COIN,
    });
    expect(anonymous.status).toBe(200);
    expect(await codeOf(accountOrderOrThrow(user.id, anonymous.body.order.id))).toBe("order_not_found");
  });

  it("shows a pending order without items, and expires an overdue one on read", async () => {
    const user = await makeUser();
    const created = await buy(user.token, { method: "crypto" });
    expect(created.status).toBe(200);
    const pending = await accountOrderOrThrow(user.id, created.body.order.id);
    expect(pending.status).toBe("pending");
    expect(pending.accounts).toBeUndefined();
    // The owner sees how to pay, as on the status link.
    expect(pending.payment).toMatchObject({ address: created.body.payment.address, amount: created.body.payment.amount });
    await db.order.update({ where: { id: created.body.order.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect((await accountOrderOrThrow(user.id, created.body.order.id)).status).toBe("expired");
    expect((await api(`/api/orders/${created.body.order.id}/status`)).body.status).toBe("expired");
  });
});

describe("form errors of the web sign-in and registration", () => {
  const fields = (schema: typeof registrationSchema | typeof credentialsSchema, input: unknown) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? "valid" : authFieldErrors(parsed.error);
  };

  it("maps the API's own schemas to translatable codes", () => {
    expect(fields(registrationSchema, { email: "not-an-email", password: "short" })).toEqual({
      email: "emailInvalid",
      password: "passwordTooShort",
    });
    expect(fields(registrationSchema, { email: "a@example.com", password: "x".repeat(201) })).toEqual({ password: "passwordTooLong" });
    expect(fields(credentialsSchema, { email: "a@example.com", password: "" })).toEqual({ password: "passwordRequired" });
    expect(fields(credentialsSchema, { email: "a@@example.com", password: "whatever" })).toEqual({ email: "emailInvalid" });
    expect(fields(registrationSchema, { email: "A@Example.com", password: "long enough" })).toBe("valid");
  });
});
