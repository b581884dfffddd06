// Hostile input to the public API: every request below must be refused with a 4xx and a
// clear `{success:false, error}` (never a 500), and none of them may write anything.
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { request as httpRequest } from "node:http";
import { randomIp } from "../support/api";
import { balances, db, makeProduct, makeUser, stockCounts } from "../support/fixtures";

type Sent = { status: number; body: Record<string, any> | null; text: string };
type Send = { method?: string; body?: BodyInit; contentType?: string | null; headers?: Record<string, string>; token?: string };

/** A raw request: any body, any (or no) Content-Type; a non-JSON answer comes back as text. */
async function send(path: string, init: Send = {}): Promise<Sent> {
  const headers: Record<string, string> = { "x-forwarded-for": randomIp(), ...init.headers };
  if (init.contentType !== null) headers["content-type"] = init.contentType ?? "application/json";
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(`${inject("baseUrl")}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body,
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const text = await response.text();
  let body: Record<string, any> | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    // asserted below: every answer must be JSON
  }
  return { status: response.status, body, text };
}

function expectRefused(sent: Sent, status: number, error: RegExp) {
  expect(sent.body, `answer was not JSON: ${sent.text.slice(0, 200)}`).not.toBeNull();
  expect({ status: sent.status, success: sent.body!.success, error: sent.body!.error }).toEqual({
    status,
    success: false,
    error: expect.stringMatching(error),
  });
}

const context = { productId: "", token: "", userId: "" };
const valid = () => ({ productId: context.productId, quantity: 1, contactEmail: "buyer@example.com", paymentMethod: "balance_cny" });
const json = (overrides: Record<string, unknown>) => JSON.stringify({ ...valid(), ...overrides });
const order = (body: BodyInit, init: Omit<Send, "body"> = {}) => send("/api/orders/create", { token: context.token, ...init, body });

let before: Awaited<ReturnType<typeof snapshot>>;
async function snapshot() {
  return {
    orders: await db.order.count(),
    idempotency: await db.idempotencyRecord.count(),
    stock: await stockCounts(context.productId),
    balances: await balances(context.userId),
  };
}

beforeAll(async () => {
  const product = await makeProduct({ priceFen: 100n, stock: 5 });
  // A buyer who could pay: any request accepted by mistake would show as an order and a debit.
  const user = await makeUser({ balanceFen: 100_000n, balanceUsdtMicro: 100_000_000n });
  Object.assign(context, { productId: product.id, token: user.token, userId: user.id });
  before = await snapshot();
});

const megabyte = 1024 * 1024;
const createCases: [string, () => Promise<Sent>, number, RegExp][] = [
  ['quantity "10" (a string)', () => order(json({ quantity: "10" })), 400, /quantity/],
  ["quantity true", () => order(json({ quantity: true })), 400, /quantity/],
  ["productId 5 (a number)", () => order(json({ productId: 5 })), 400, /productId/],
  ["productId null", () => order(json({ productId: null })), 400, /productId/],
  ["quantity null", () => order(json({ quantity: null })), 400, /quantity/],
  ["contactEmail null", () => order(json({ contactEmail: null })), 400, /contactEmail/],
  ["paymentMethod null", () => order(json({ paymentMethod: null })), 400, /paymentMethod/],
  ["a required field missing", () => order(JSON.stringify({ productId: context.productId, quantity: 1 })), 400, /contactEmail/],
  ["quantity 1e308", () => order(json({ quantity: 1e308 })), 400, /quantity/i],
  ["quantity 2**53+1", () => order(json({}).replace('"quantity":1', '"quantity":9007199254740993')), 400, /quantity/i],
  ["quantity -1", () => order(json({ quantity: -1 })), 400, /quantity/],
  ["quantity 0", () => order(json({ quantity: 0 })), 400, /quantity/],
  ["quantity 1.5", () => order(json({ quantity: 1.5 })), 400, /quantity/],
  ["quantity 1e-7", () => order(json({}).replace('"quantity":1', '"quantity":1e-7')), 400, /quantity/],
  ["an unknown field", () => order(json({ amount: 0.01 })), 400, /Unknown field: amount/],
  ["a status field", () => order(json({ status: "completed" })), 400, /Unknown field: status/],
  ["a __proto__ field", () => order(json({}).replace(/}$/, ',"__proto__":{"quantity":0}}')), 400, /Unknown field/],
  ["a duplicate key whose last value is wrong", () => order(json({}).replace(/}$/, ',"quantity":"1"}')), 400, /quantity/],
  ["malformed JSON", () => order('{"productId": "x", "quantity": '), 400, /JSON/],
  ["JSON with a trailing comma", () => order(json({}).replace(/}$/, ",}")), 400, /JSON/],
  ["an empty body", () => order(""), 400, /JSON/],
  ["the body null", () => order("null"), 400, /./],
  ["a number as body", () => order("42"), 400, /./],
  ["an empty array as body", () => order("[]"), 400, /./],
  ["an array of a valid order as body", () => order(JSON.stringify([valid()])), 400, /./],
  ["deeply nested arrays", () => order("[".repeat(5_000) + "]".repeat(5_000)), 400, /./],
  ["a body over 1 MB", () => order(json({ contactEmail: `${"a".repeat(megabyte)}@example.com` })), 413, /too large/i],
  [
    "a body over 1 MB streamed without Content-Length",
    () => order(new Blob([json({ note: "x".repeat(megabyte) })]).stream() as unknown as BodyInit),
    413,
    /too large/i,
  ],
  ["no Content-Type", () => order(new TextEncoder().encode(json({})), { contentType: null }), 415, /Content-Type/],
  ["Content-Type text/plain", () => order(json({}), { contentType: "text/plain" }), 415, /Content-Type/],
  [
    "a form-encoded body",
    () => order(`productId=${context.productId}&quantity=1`, { contentType: "application/x-www-form-urlencoded" }),
    415,
    /Content-Type/,
  ],
  ['productId "\' OR 1=1 --"', () => order(json({ productId: "' OR 1=1 --" })), 404, /^Product not found$/],
  ["productId with a DROP TABLE", () => order(json({ productId: "x'; DROP TABLE orders; --" })), 404, /^Product not found$/],
  ["productId with a NUL character", () => order(json({ productId: "a\u0000b" })), 400, /NUL/],
  ["productId of 10,000 characters", () => order(json({ productId: "p".repeat(10_000) })), 400, /productId/],
  ["an empty productId", () => order(json({ productId: "   " })), 400, /productId/],
  ["contactEmail with <script>", () => order(json({ contactEmail: "<script>alert(1)</script>@example.com" })), 400, /^contactEmail[^<]*$/],
  ["contactEmail with SQL", () => order(json({ contactEmail: "a@example.com' OR '1'='1" })), 400, /contactEmail/],
  ["a contactEmail of 300 characters", () => order(json({ contactEmail: `${"a".repeat(290)}@example.com` })), 400, /contactEmail/],
  ["paymentMethod with HTML", () => order(json({ paymentMethod: "<img src=x onerror=alert(1)>" })), 400, /^paymentMethod[^<]*$/],
  ["an unknown coin", () => order(json({ paymentMethod: "crypto", coin: "doge" })), 400, /coin/],
  ["couponCode with SQL", () => order(json({ couponCode: "' OR 1=1 --" })), 400, /coupon/i],
  ["couponCode with a NUL character", () => order(json({ couponCode: "SAVE\u0000" })), 400, /NUL/],
  ["couponCode 12 (a number)", () => order(json({ couponCode: 12 })), 400, /couponCode/],
  [
    "an Idempotency-Key of 300 characters",
    () => order(json({}), { headers: { "idempotency-key": "k".repeat(300) } }),
    400,
    /Idempotency-Key/,
  ],
  ["an Authorization header with SQL", () => order(json({}), { token: "' OR 1=1 --" }), 401, /./],
];

const otherCases: [string, () => Promise<Sent>, number, RegExp][] = [
  [
    "query: order_no with SQL",
    () => send(`/api/orders/query?order_no=${encodeURIComponent("' OR 1=1 --")}&email=a%40example.com`),
    404,
    /^Order not found$/,
  ],
  [
    "query: email with SQL",
    () => send(`/api/orders/query?order_no=GS2601011234ABCD&email=${encodeURIComponent("' OR '1'='1")}`),
    404,
    /^Order not found$/,
  ],
  ["query: order_no with a NUL character", () => send("/api/orders/query?order_no=GS%00&email=b%40example.com"), 400, /NUL/],
  [
    "query: order_no of 5,000 characters",
    () => send(`/api/orders/query?order_no=${"G".repeat(5_000)}&email=c%40example.com`),
    404,
    /^Order not found$/,
  ],
  ["query: email missing", () => send("/api/orders/query?order_no=GS2601011234ABCD"), 400, /^Please provide both order number and email$/],
  [
    "query: blank order_no",
    () => send("/api/orders/query?order_no=%20&email=d%40example.com"),
    400,
    /^Please provide both order number and email$/,
  ],
  ["product: id with SQL", () => send(`/api/products/${encodeURIComponent("' OR 1=1 --")}`), 404, /^Product not found$/],
  ["product: id with <script>", () => send(`/api/products/${encodeURIComponent("<script>alert(1)</script>")}`), 404, /^Product not found$/],
  ["product: id with a NUL character", () => send("/api/products/abc%00def"), 400, /NUL/],
  ["status: id with a NUL character", () => send("/api/orders/abc%00def/status"), 400, /NUL/],
  ["product: id of 5,000 characters", () => send(`/api/products/${"x".repeat(5_000)}`), 404, /^Product not found$/],
  ["login: operator objects", () => send("/api/auth/login", { body: '{"email":{"$ne":null},"password":{"$ne":null}}' }), 400, /email/],
  ["login: email with SQL", () => send("/api/auth/login", { body: JSON.stringify({ email: "' OR 1=1 --", password: "x" }) }), 400, /email/],
  [
    "login: password null",
    () => send("/api/auth/login", { body: JSON.stringify({ email: "e@example.com", password: null }) }),
    400,
    /password/,
  ],
  [
    "login: password of 10,000 characters",
    () => send("/api/auth/login", { body: JSON.stringify({ email: "e@example.com", password: "p".repeat(10_000) }) }),
    400,
    /password/,
  ],
  ["login: an array as body", () => send("/api/auth/login", { body: '[{"email":"e@example.com","password":"x"}]' }), 400, /./],
  ["login: malformed JSON", () => send("/api/auth/login", { body: '{"email":' }), 400, /JSON/],
  ["login: text/plain", () => send("/api/auth/login", { body: "{}", contentType: "text/plain" }), 415, /Content-Type/],
  [
    "login: SQL as the password",
    () => send("/api/auth/login", { body: JSON.stringify({ email: "f@example.com", password: "' OR '1'='1" }) }),
    401,
    /^Invalid email or password$/,
  ],
];

describe("POST /api/orders/create refuses hostile input", () => {
  it.each(createCases)("%s", async (_name, request, status, error) => expectRefused(await request(), status, error));
});

describe("other public endpoints refuse hostile input", () => {
  it.each(otherCases)("%s", async (_name, request, status, error) => expectRefused(await request(), status, error));
});

describe("a client that hangs up halfway through its body", () => {
  // The suite fails if the server logs an unhandled error (tests/support/global-setup.ts): an
  // aborted upload is the client's doing and must not read as one.
  it("changes nothing, leaves no server error, and the server answers the next request", async () => {
    const url = new URL("/api/orders/create", inject("baseUrl"));
    await new Promise<void>((resolve) => {
      const request = httpRequest(url, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": "500", "x-forwarded-for": randomIp() },
      });
      request.on("error", () => resolve());
      request.write('{"productId":"');
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await fetch(new URL("/api/health", inject("baseUrl")));
    expect(health.status).toBe(200);
  });
});

describe("after the whole batch", () => {
  it("nothing was written: no order, no idempotency record, no reservation, no debit", async () => {
    expect(await snapshot()).toEqual(before);
    expect(before.stock).toEqual({ available: 5, reserved: 0, sold: 0 });
    expect(before.balances.cny).toBe(100_000n);
  });
});
