// kill -9 in the middle of delivering webhooks: a sender process dies while the receiver holds
// its answers, so none of those deliveries was acknowledged. The server's own sender takes
// over once the dead one's claims run out, and the receiver gets every event exactly once.
import { spawn } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { api, createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { FakeWebhookReceiver, type ReceivedEvent } from "../fakes/webhook-receiver";

const receiver = new FakeWebhookReceiver();
let endpointId: string | undefined;
// The suite's server runs the webhook sender under this lease; a holder that is no instance keeps it off.
const LEASE = "webhook-sender";
const pauseServerSender = (until: Date) =>
  db.jobLease.upsert({
    where: { name: LEASE },
    create: { name: LEASE, holder: "test-pause", expiresAt: until },
    update: { holder: "test-pause", expiresAt: until },
  });

afterAll(async () => {
  await db.jobLease.deleteMany({ where: { name: LEASE, holder: "test-pause" } });
  if (endpointId) await db.webhookEndpoint.deleteMany({ where: { id: endpointId } });
  await receiver.stop();
});

describe("kill -9 while delivering webhooks", () => {
  it("loses nothing and doubles nothing", async () => {
    const adminToken = (await makeUser({ role: "admin" })).token;
    await enableCoin("trc20_usdt", "TWebhookCrashReceivingAddress00001");
    await receiver.start();
    const created = await api("/api/admin/webhooks", { token: adminToken, json: { url: receiver.url, events: ["order.created"] } });
    endpointId = created.body.webhook.id;
    receiver.secrets.push(created.body.webhook.secret);

    await pauseServerSender(new Date(Date.now() + 10 * 60_000));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a pass already under way finishes
    receiver.holdAnswers(true);
    const orders: string[] = [];
    for (let i = 0; i < 3; i++) {
      const product = await makeProduct({ priceFen: BigInt(randomInt(500, 50_000)), stock: 2 });
      const order = await createOrder({
        productId: product.id,
        quantity: 1,
        contactEmail: `crash-${randomUUID().slice(0, 8)}@example.com`,
        paymentMethod: "crypto",
        coin: "trc20_usdt",
      });
      expect(order.status).toBe(200);
      orders.push(order.body.order.id as string);
    }
    const about = (event: ReceivedEvent) => orders.includes(event.data.order?.id);

    const sender = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/deliver-webhooks-once.ts"], {
      env: process.env,
      stdio: "ignore",
    });
    await vi.waitFor(() => expect(receiver.requests).toBe(3), { timeout: 30_000, interval: 100 });
    await new Promise<void>((resolve) => {
      sender.once("exit", () => resolve());
      sender.kill("SIGKILL");
    });
    // The receiver sees the dead sender's connections close a moment after the exit: released
    // before that, it would answer and count them (what a receiver that got the bodies does;
    // the sender never learnt it, which is what this test is about).
    await vi.waitFor(() => expect(receiver.heldOpen).toBe(0), { timeout: 10_000, interval: 50 });
    receiver.holdAnswers(false);
    receiver.releaseHeld();
    expect(receiver.accepted.filter(about)).toHaveLength(0);
    const cutOff = await db.webhookDelivery.findMany({ where: { endpointId }, include: { log: true } });
    expect(cutOff.map((delivery) => [delivery.status, delivery.attempts, delivery.log.length])).toEqual([
      ["pending", 1, 0],
      ["pending", 1, 0],
      ["pending", 1, 0],
    ]);

    // The server's sender may run again; it finds the deliveries claimed until the dead sender's claims run out.
    await db.jobLease.deleteMany({ where: { name: LEASE, holder: "test-pause" } });
    await receiver.waitFor(about, 3, 45_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ids = receiver.accepted.filter(about).map((event) => event.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toHaveLength(3);
    await vi.waitFor(async () => {
      const done = await db.webhookDelivery.findMany({ where: { endpointId }, include: { log: true } });
      expect(done.map((delivery) => [delivery.status, delivery.attempts, delivery.log.map((entry) => entry.statusCode)])).toEqual([
        ["delivered", 2, [200]],
        ["delivered", 2, [200]],
        ["delivered", 2, [200]],
      ]);
    });
  }, 120_000);
});
