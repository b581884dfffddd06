// Two app instances on one database watch the same TRON addresses: the lease makes one poll
// at a time; the holder is killed with SIGKILL in the middle of a poll, the other takes the
// chain over when the lease runs out, a new instance joins, and every transfer is applied
// exactly once.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { db, makeProduct, stockCounts } from "../support/fixtures";
import { snapshotAddresses, startCryptoServer, until } from "../support/crypto";
import { startServer, type RunningServer } from "../support/server";
import { FakeTronGrid, randomTronAddress } from "../fakes/trongrid";
import { leaseHolder } from "@/lib/jobs/lease";

const fake = new FakeTronGrid();
const address = randomTronAddress();
let env: Record<string, string>;
const servers: RunningServer[] = [];
let restoreAddresses: () => Promise<void>;

beforeAll(async () => {
  await fake.start();
  env = { TRON_API_URL: fake.url, RECEIVE_TRC20_USDT: address, CRYPTO_POLL_SECONDS: "0.3" };
  restoreAddresses = await snapshotAddresses(["trc20_usdt"]);
  servers.push(await startCryptoServer(env, ["tron"]), await startServer(env));
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  await fake.stop();
  await restoreAddresses?.();
  for (const server of servers) expect(server.log()).not.toMatch(/unhandled error/);
});

const holderPid = async () => {
  const holder = await leaseHolder("chain-watcher:tron");
  return holder ? Number(holder.split(":")[1]) : null;
};

describe("chain watchers on several instances", () => {
  it("apply every transfer exactly once when the lease holder is killed mid-poll", async () => {
    const product = await makeProduct({ priceFen: BigInt(randomInt(100_000, 200_000)), stock: 12 });
    const orders: { order: { id: string }; payment: { amount_atomic: string } }[] = [];
    for (let i = 0; i < 12; i++) {
      const created = await api("/api/orders/create", {
        base: servers[i % 2]!.baseUrl,
        json: {
          productId: product.id,
          quantity: 1,
          contactEmail: `ha-${randomUUID().slice(0, 8)}@example.com`,
          paymentMethod: "crypto",
          coin: "trc20_usdt",
        },
      });
      expect(created.status).toBe(200);
      orders.push(created.body as (typeof orders)[number]);
    }
    const pay = (i: number) => fake.addTrc20({ to: address, value: BigInt(orders[i]!.payment.amount_atomic) });

    // Exactly one of the two polls: the lease's holder is one of them.
    const pid = await until(holderPid, "a lease holder");
    const holder = servers.find((server) => server.pid === pid)!;
    expect(holder).toBeDefined();
    for (let i = 0; i < 6; i++) pay(i);
    await until(
      async () => (await db.order.count({ where: { id: { in: orders.map((o) => o.order.id) }, status: "completed" } })) >= 2,
      "the first deliveries",
    );

    // Slow answers: the holder is in the middle of a poll when it dies.
    fake.delayMs = 400;
    for (let i = 6; i < 12; i++) pay(i);
    const asked = fake.requests.length;
    await until(async () => fake.requests.length > asked, "a poll under way");
    await holder.kill();
    servers.splice(servers.indexOf(holder), 1);
    fake.delayMs = 0;

    // The survivor takes over once the killed holder's lease runs out; a fresh instance joins.
    servers.push(await startServer(env));
    await until(
      async () => (await db.order.count({ where: { id: { in: orders.map((o) => o.order.id) }, status: "completed" } })) === 12,
      "all 12 delivered",
      45_000,
    );
    expect(await holderPid()).not.toBe(pid);

    // Some more polls, by whoever holds the lease now: nothing is applied twice.
    const more = fake.requests.length;
    await until(async () => fake.requests.length >= more + 6, "more polls");
    for (const { order } of orders) expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    const transfers = await db.chainTransfer.findMany({ where: { address }, select: { eventKey: true, outcome: true } });
    expect(transfers).toHaveLength(12);
    expect(new Set(transfers.map((t) => t.eventKey)).size).toBe(12);
    expect(transfers.every((t) => t.outcome === "delivered")).toBe(true);
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 12 });
  }, 240_000); // three server starts
});
