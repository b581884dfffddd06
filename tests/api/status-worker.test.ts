// The status poll is answered whole by the status worker (lib/orders/status-worker.ts), a
// thread of its own with its own connections; an order whose reading has more to do (an
// overdue one to expire) by the request thread. Either way the answer is
// the one the request thread makes (lib/orders/order-views.ts orderStatus), byte for byte in
// its JSON, with the same refusals.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres } from "@/lib/env";
import { orderStatus } from "@/lib/orders/order-views";
import { STATUS_WORKER_APPLICATION_NAME } from "@/lib/orders/status-worker-protocol";
import { api, createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { logShows, startShop, type Shop } from "../support/shop";

const COIN = "trc20_usdt";
let shop: Shop;

beforeAll(async () => {
  await enableCoin(COIN, "TStatusWorkerReceivingAddress00001");
  shop = await startShop(() => ({}));
});
afterAll(async () => {
  await shop?.stop();
});

const poll = (idOrNumber: string, token?: string) =>
  api(`/api/orders/${encodeURIComponent(idOrNumber)}/status${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`, {
    base: shop.baseUrl,
  });
/** What the request thread answers, as JSON carries it. */
const requestThreadAnswer = async (idOrNumber: string, token: string | null) =>
  JSON.parse(JSON.stringify({ success: true, ...(await orderStatus(idOrNumber, token)) }));

async function completedOrder(lines: string[]) {
  const product = await makeProduct({ lines, stock: lines.length });
  const buyer = await makeUser({ balanceFen: 100_000n });
  const created = await createOrder(
    {
      productId: product.id,
      quantity: lines.length,
      contactEmail: `worker-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "balance_cny",
    },
    { token: buyer.token, base: shop.baseUrl },
  );
  expect(created.body.order.status).toBe("completed");
  return created.body as { order: { id: string; order_no: string }; access_token: string };
}

async function pendingCryptoOrder() {
  const product = await makeProduct({ priceFen: BigInt(randomInt(100, 5000)), stock: 2 });
  const created = await createOrder(
    {
      productId: product.id,
      quantity: 1,
      contactEmail: `worker-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "crypto",
      coin: COIN,
    },
    { base: shop.baseUrl },
  );
  expect(created.body.order.status).toBe("pending");
  return created.body as { order: { id: string; order_no: string }; access_token: string };
}

describe("the status poll", () => {
  it("answers a completed order, with its items, as the request thread does: by id and by number, with and without the token", async () => {
    const order = await completedOrder(["alice@example.com----pw-1----recovery", "bob@example.com----pw-2"]);
    const withToken = await poll(order.order.id, order.access_token);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get("content-type")).toBe("application/json");
    expect(withToken.headers.get("cache-control")).toMatch(/^no-store(, no-transform)?$/);
    expect(withToken.body.accounts.map((account: { account: string }) => account.account)).toEqual([
      "alice@example.com",
      "bob@example.com",
    ]);
    expect(withToken.body).toEqual(await requestThreadAnswer(order.order.id, order.access_token));
    expect((await poll(order.order.order_no, order.access_token)).body).toEqual(withToken.body);
    const summary = await poll(order.order.id);
    expect(summary.body).toEqual(await requestThreadAnswer(order.order.id, null));
    expect(summary.body).not.toHaveProperty("accounts");
    expect(summary.body).not.toHaveProperty("order");
  });

  it("answers a pending crypto order with how to pay it, as the request thread does", async () => {
    const order = await pendingCryptoOrder();
    const answer = await poll(order.order.id, order.access_token);
    // Another file's receiving address may be the one allocated: the suite shares one database.
    expect(answer.body.payment).toMatchObject({ method: "crypto", coin: COIN, address: expect.stringMatching(/^T\w+$/) });
    expect(answer.body).toEqual(await requestThreadAnswer(order.order.id, order.access_token));
  });

  it("refuses a wrong token and answers an unknown order as not found, as the request thread does", async () => {
    const order = await completedOrder(["carol@example.com----pw-3"]);
    const other = await pendingCryptoOrder();
    const wrong = await poll(order.order.id, other.access_token);
    expect([wrong.status, wrong.body]).toEqual([403, { success: false, error: "Invalid order token", code: "invalid_order_token" }]);
    const unknown = await poll(randomUUID(), order.access_token);
    expect([unknown.status, unknown.body]).toEqual([404, { success: false, error: "Order not found", code: "order_not_found" }]);
  });

  it("expires an overdue order on the request thread before answering", async () => {
    const order = await pendingCryptoOrder();
    await db.order.update({ where: { id: order.order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const answer = await poll(order.order.id, order.access_token);
    expect(answer.body.status).toBe("expired");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.order.id } })).status).toBe("expired");
  });

  it("is answered by the status worker, on its own connections", async () => {
    const order = await completedOrder(["dave@example.com----pw-4"]);
    expect((await poll(order.order.id, order.access_token)).status).toBe(200);
    await logShows(shop, "status polls are answered on a worker thread of their own");
    if (isPostgres) {
      const sessions = await db.$queryRaw<{ count: bigint }[]>`
        SELECT COUNT(*) AS "count" FROM pg_stat_activity WHERE "datname" = current_database() AND "application_name" = ${STATUS_WORKER_APPLICATION_NAME}`;
      expect(Number(sessions[0]!.count)).toBeGreaterThan(0);
    }
  });
});
