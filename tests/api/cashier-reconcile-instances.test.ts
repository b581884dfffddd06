// The cashier reconciliation job on two app instances over one database, like the chain
// watchers (tests/api/crypto-instances.test.ts): the lease makes one instance ask WeChat Pay
// at a time; when the holder dies (SIGKILL: no lease handed back) the other takes the job
// over once the lease runs out and recovers a payment whose notify never came, once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, makeProduct } from "../support/fixtures";
import { startShop, eventually, logShows, type Shop } from "../support/shop";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { leaseHolder } from "@/lib/jobs/lease";
import { wechatEnv } from "../support/cashier-env";

let wechat: FakeWechat;
const shops: Shop[] = [];

beforeAll(async () => {
  wechat = await startFakeWechat();
  const env = () => ({
    ...wechatEnv(wechat),
    CASHIER_RECONCILE_SECONDS: "1",
  });
  shops.push(await startShop(env), await startShop(env));
});
afterAll(async () => {
  for (const shop of shops) await shop.stop();
  await wechat?.close();
  for (const shop of shops) expect(shop.log()).not.toMatch(/unhandled error/);
});

/** The instance holding the WeChat reconciliation lease (its holder id carries the process id). */
async function holder(): Promise<Shop | undefined> {
  const id = await leaseHolder("cashier-reconcile-wechat");
  return id ? shops.find((shop) => shop.pid === Number(id.split(":")[1])) : undefined;
}

describe("cashier reconciliation on two instances", () => {
  it("one instance asks at a time; when it dies the other takes over and recovers a missed notify once", async () => {
    const product = await makeProduct({ stock: 2, priceFen: 800n });
    const created = await shops[0]!.call("/api/orders/create", {
      json: { productId: product.id, quantity: 1, contactEmail: `buyer-${randomUUID().slice(0, 8)}@example.com`, paymentMethod: "wechat" },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const { id, order_no: orderNo } = created.body.order as { id: string; order_no: string };
    // Overdue for its notify (a minute's grace), so the job asks about it; nobody opens its page.
    await db.order.update({ where: { id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });

    // While WeChat Pay is unreachable each question is a logged failure: they all come from one instance.
    const asked = (shop: Shop) => shop.log().split(`wechat query for ${orderNo} failed`).length - 1;
    wechat.mode = "down";
    try {
      await eventually(
        async () => asked(shops[0]!) + asked(shops[1]!),
        (count) => count >= 4,
        20_000,
      );
    } finally {
      wechat.mode = "ok";
    }
    const asking = (await holder())!;
    expect(asking).toBeDefined();
    const other = shops.find((shop) => shop !== asking)!;
    expect(asked(asking)).toBeGreaterThanOrEqual(4);
    expect(asked(other)).toBe(0);

    // The holder dies; the buyer pays meanwhile and the notify is lost.
    await asking.kill();
    await wechat.pay(orderNo, { notify: false });
    const row = await eventually(
      () => db.order.findUniqueOrThrow({ where: { id } }),
      (order) => order.status === "completed",
      20_000,
    );
    expect(row.status).toBe("completed");
    // The line is printed after the commit the loop above saw, and reaches this process a moment later.
    await logShows(other, /wechat: 1 payment\(s\) recovered by query/);
    expect(await holder()).toBe(other);
    expect(await db.paymentEvent.findMany({ where: { orderId: id }, select: { source: true, eventKey: true } })).toEqual([
      { source: "wechat", eventKey: `wechat:${wechat.trades.get(orderNo)!.transactionId}` },
    ]);
  });
});
