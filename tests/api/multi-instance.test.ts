// Several app instances on one database (PostgreSQL in production; the same holds for
// processes sharing the SQLite file): rate limits and stock hold across all of them.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomIp } from "../support/api";
import { makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { startServer, type RunningServer } from "../support/server";
import { enableCoin } from "../support/receiving-address";

let second: RunningServer;
let first: string;

beforeAll(async () => {
  first = inject("baseUrl");
  second = await startServer();
});
afterAll(async () => {
  await second.stop();
  expect(second.log()).not.toMatch(/unhandled error/);
});

async function call(base: string, path: string, init: { ip: string; json?: unknown; token?: string }) {
  const headers: Record<string, string> = { "x-forwarded-for": init.ip };
  if (init.json) headers["content-type"] = "application/json";
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(base + path, {
    method: init.json ? "POST" : "GET",
    headers,
    body: init.json ? JSON.stringify(init.json) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe("two app instances sharing one database", () => {
  it("holds one address's unpaid-order limit (5) across both instances, under concurrency", async () => {
    const product = await makeProduct({ stock: 20 });
    await enableCoin("trc20_usdt", "TMultiInstanceReceivingAddress0001");
    const ip = randomIp();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(i % 2 ? first : second.baseUrl, "/api/orders/create", {
          ip,
          json: {
            productId: product.id,
            quantity: 1,
            contactEmail: `multi-${i}-${ip}@example.com`,
            paymentMethod: "crypto",
            coin: "trc20_usdt",
          },
        }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(7);
    expect((await stockCounts(product.id)).reserved).toBe(5);
  });

  it("counts one IP's order lookups across both instances (3 per 60 s)", async () => {
    const ip = randomIp();
    const statuses = [];
    for (const [i, base] of [first, second.baseUrl, first, second.baseUrl].entries()) {
      statuses.push((await call(base, `/api/orders/query?order_no=GS2601010000ABCD&email=ip${i}-${ip}@example.com`, { ip })).status);
    }
    // Each lookup names a different email so only the per-IP limit is in play.
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it("counts one order number + email pair across both instances (2 per 60 s)", async () => {
    const query = `/api/orders/query?order_no=GS2601010000WXYZ&email=pair-${randomIp()}@example.com`;
    const statuses = [];
    for (const base of [first, second.baseUrl, first]) statuses.push((await call(base, query, { ip: randomIp() })).status);
    expect(statuses).toEqual([404, 404, 429]);
  });

  it("sells the last 10 items exactly once to 40 buyers split over both instances", async () => {
    const product = await makeProduct({ stock: 10 });
    const buyers = await Promise.all(Array.from({ length: 40 }, () => makeUser({ balanceFen: 10_000n })));
    const answers = await Promise.all(
      buyers.map((buyer, i) =>
        call(i % 2 ? second.baseUrl : first, "/api/orders/create", {
          ip: randomIp(),
          token: buyer.token,
          json: { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
        }),
      ),
    );
    const sold = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 400);
    expect(sold).toHaveLength(10);
    expect(refused).toHaveLength(30);
    for (const answer of refused) expect(answer.body.error).toBe("Insufficient stock");
    const lines = sold.flatMap((a) => a.body.accounts.map((account: { raw: string }) => account.raw));
    expect(new Set(lines).size).toBe(10);
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 10 });
  });
});
