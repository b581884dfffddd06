import { enableCoin } from "../support/receiving-address";
import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder, randomIp } from "../support/api";
import { makeProduct, makeUser } from "../support/fixtures";

const COIN = "trc20_usdt";
const query = (orderNo: string, email: string, ip?: string) =>
  api(`/api/orders/query?order_no=${encodeURIComponent(orderNo)}&email=${encodeURIComponent(email)}`, { ip });
const buyerEmail = () => `buyer-${randomUUID().slice(0, 8)}@example.com`;

beforeAll(async () => {
  await enableCoin(COIN, "TLookupTestReceivingAddress0000001");
});

/** A completed order, paid from a CNY balance through the API. */
async function completedOrder(lines?: string[]) {
  const product = await makeProduct({ lines, stock: 3 });
  const buyer = await makeUser({ balanceFen: 100_000n });
  const contactEmail = buyerEmail();
  const quantity = lines?.length ?? 2;
  const created = await createOrder(
    { productId: product.id, quantity, contactEmail, paymentMethod: "balance_cny" },
    { token: buyer.token },
  );
  expect(created.status).toBe(200);
  expect(created.body.order.status).toBe("completed");
  return { product, contactEmail, created: created.body };
}

/** A pending crypto order; a random price keeps its amount away from other tests' amounts. */
async function pendingOrder() {
  const product = await makeProduct({ priceFen: BigInt(randomInt(100, 5000)), stock: 3 });
  const contactEmail = buyerEmail();
  const created = await createOrder({ productId: product.id, quantity: 1, contactEmail, paymentMethod: "crypto", coin: COIN });
  expect(created.status).toBe(200);
  expect(created.body.order.status).toBe("pending");
  return { product, contactEmail, created: created.body };
}

describe("GET /api/orders/query", () => {
  it("answers 400 with the published message when a parameter is missing or blank", async () => {
    for (const search of [
      "",
      "?order_no=GS2601011234ABCD",
      "?email=a%40example.com",
      "?order_no=%20%20&email=a%40example.com",
      "?order_no=GS2601011234ABCD&email=",
    ]) {
      const { status, body } = await api(`/api/orders/query${search}`);
      expect(status, search).toBe(400);
      expect(body).toMatchObject({ success: false, error: "Please provide both order number and email" });
    }
  });

  it("answers the same 404 for a wrong email and for an unknown order number", async () => {
    const { contactEmail, created } = await completedOrder();
    const wrongEmail = await query(created.order.order_no, "someone-else@example.com");
    const unknownNumber = await query("GS2601019999ZZZZ", contactEmail);
    expect(wrongEmail.status).toBe(404);
    expect(wrongEmail.body).toMatchObject({ success: false, error: "Order not found" });
    expect(unknownNumber.status).toBe(404);
    expect(unknownNumber.body).toEqual(wrongEmail.body);
  });

  it("matches the email case-insensitively", async () => {
    const { contactEmail, created } = await completedOrder();
    const { status, body } = await query(created.order.order_no, contactEmail.toUpperCase());
    expect(status).toBe(200);
    expect(body.order.id).toBe(created.order.id);
  });

  it("returns a completed order with its delivered items split on the delimiter", async () => {
    const lines = ["alice@example.com----secret1----note-a----note-b", "bob@example.com----secret2", "LICENSE-KEY-WITHOUT-DELIMITER"];
    const { contactEmail, created } = await completedOrder(lines);
    const { status, body } = await query(created.order.order_no, contactEmail);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.order).toMatchObject({ id: created.order.id, order_no: created.order.order_no, status: "completed", quantity: 3 });
    expect(body).not.toHaveProperty("payment");
    const accounts = [...body.accounts].sort((a, b) => a.raw.localeCompare(b.raw));
    expect(accounts).toEqual([
      { account: "alice@example.com", password: "secret1", extra: ["note-a", "note-b"], raw: lines[0] },
      { account: "bob@example.com", password: "secret2", extra: [], raw: lines[1] },
      { account: null, password: null, extra: [], raw: lines[2] },
    ]);
  });

  it("returns a pending order without accounts, with how to pay it", async () => {
    const { contactEmail, created } = await pendingOrder();
    const { status, body } = await query(created.order.order_no, contactEmail);
    expect(status).toBe(200);
    expect(body.order).toMatchObject({ id: created.order.id, status: "pending" });
    expect(body).not.toHaveProperty("accounts");
    // A shopper who closed the payment page can still pay: the same instructions as at creation.
    expect(body.payment).toEqual(created.payment);
  });
});

describe("GET /api/orders/query rate limits", () => {
  it("allows 3 requests per 60 s from one IP; the 4th is 429 with Retry-After", async () => {
    const { contactEmail, created } = await completedOrder();
    const ip = randomIp();
    // Different pairs, so only the per-IP limit is in play.
    for (let i = 0; i < 3; i++) {
      const { status } = await query(`GS260101${String(1000 + i)}QQQQ`, contactEmail, ip);
      expect(status).toBe(404);
    }
    const limited = await query(created.order.order_no, contactEmail, ip);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error: "Too many requests" });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The limit is the address's, not the order's: another address still gets the answer.
    expect((await query(created.order.order_no, contactEmail)).status).toBe(200);
  });

  it("allows 2 requests per 60 s for one order number + email pair, even from different IPs", async () => {
    const { contactEmail, created } = await completedOrder();
    expect((await query(created.order.order_no, contactEmail, randomIp())).status).toBe(200);
    expect((await query(created.order.order_no, contactEmail, randomIp())).status).toBe(200);
    // Changing the email's case does not make it a new pair.
    const limited = await query(created.order.order_no, contactEmail.toUpperCase(), randomIp());
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error: "Too many requests" });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });
});

describe("GET /api/orders/:id/status", () => {
  it("shows only status, paid, delivered and expires_at without a token", async () => {
    const { created } = await pendingOrder();
    const { status, body } = await api(`/api/orders/${created.order.id}/status`);
    expect(status).toBe(200);
    expect(body).toEqual({ success: true, status: "pending", paid: false, delivered: false, expires_at: created.order.expires_at });
  });

  it("adds the order and the crypto payment instructions with the order's access token", async () => {
    const { created } = await pendingOrder();
    const { status, body } = await api(`/api/orders/${created.order.id}/status?token=${encodeURIComponent(created.access_token)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "pending", paid: false, delivered: false, order: { id: created.order.id, status: "pending" } });
    expect(body.payment).toMatchObject({ method: "crypto", coin: COIN, address: created.payment.address, amount: created.payment.amount });
    expect(typeof body.payment.amount).toBe("string");
    expect(body.payment.address).toBeTruthy();
    expect(body).not.toHaveProperty("accounts");
  });

  it("adds the delivered accounts of a completed order with the token, and never without it", async () => {
    const { created } = await completedOrder();
    const withToken = await api(`/api/orders/${created.order.id}/status?token=${encodeURIComponent(created.access_token)}`);
    expect(withToken.status).toBe(200);
    expect(withToken.body).toMatchObject({ status: "completed", paid: true, delivered: true });
    // The lines in the order they were delivered, at every read.
    expect(withToken.body.accounts).toEqual(created.accounts);
    expect(withToken.body.accounts).toHaveLength(2);
    const withoutToken = await api(`/api/orders/${created.order.id}/status`);
    expect(withoutToken.body).toEqual({
      success: true,
      status: "completed",
      paid: true,
      delivered: true,
      expires_at: created.order.expires_at,
    });
  });

  it("answers 403 for a wrong token and 404 for an unknown order", async () => {
    const { created } = await pendingOrder();
    const other = await pendingOrder();
    const wrong = await api(`/api/orders/${created.order.id}/status?token=${encodeURIComponent(other.created.access_token)}`);
    expect(wrong.status).toBe(403);
    expect(wrong.body.success).toBe(false);
    expect(wrong.body).not.toHaveProperty("payment");
    for (const key of [randomUUID(), "GS2601019999ZZZZ", "no-such-order"]) {
      const { status, body } = await api(`/api/orders/${key}/status`);
      expect(status, key).toBe(404);
      expect(body).toMatchObject({ success: false, error: "Order not found" });
    }
  });

  it("accepts the order number in place of the id", async () => {
    const { created } = await pendingOrder();
    const byId = await api(`/api/orders/${created.order.id}/status?token=${encodeURIComponent(created.access_token)}`);
    const byNumber = await api(`/api/orders/${created.order.order_no}/status?token=${encodeURIComponent(created.access_token)}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body).toEqual(byId.body);
  });
});
