// Webhooks, end to end: endpoints registered through /api/admin/webhooks, events caused by
// real orders, delivered by the server's sender job to a receiver on 127.0.0.1 that verifies
// every signature with the Standard Webhooks reference library (tests/fakes/webhook-receiver.ts).
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { api, createOrder } from "../support/api";
import { useOwnEnvironment } from "../support/own-environment";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { enrolTwoFactor, makeAdmin, totpCode, webSignIn } from "../support/admin";
import { serverActionId } from "../support/server-actions";
import { postAction } from "../support/post-action";
import { FakeWebhookReceiver, type ReceivedEvent } from "../fakes/webhook-receiver";
import * as schemas from "@/lib/api/notification-schemas";
import { observeTransfers } from "@/lib/payments/chains/record-transfer";

const COIN = "trc20_usdt";
const ORDER_EVENTS = ["order.created", "order.paid", "order.completed", "order.expired", "order.refunded"];
let adminToken: string;
const receivers: FakeWebhookReceiver[] = [];
const endpoints: string[] = [];

beforeAll(async () => {
  adminToken = (await makeUser({ role: "admin" })).token;
  await enableCoin(COIN, "TWebhookTestReceivingAddress000001");
});
// Each test's endpoints go, so the next test's events reach only its own receiver.
afterEach(async () => {
  for (const id of endpoints.splice(0)) await db.webhookEndpoint.deleteMany({ where: { id } });
});
afterAll(async () => {
  for (const receiver of receivers) await receiver.stop();
});

const admin = (path: string, init: { method?: string; json?: unknown } = {}) =>
  api(`/api/admin/webhooks${path}`, { token: adminToken, ...init });

async function register(events: string[], options: { secret?: string; receiver?: FakeWebhookReceiver } = {}) {
  const receiver = options.receiver ?? new FakeWebhookReceiver();
  if (!options.receiver) {
    await receiver.start();
    receivers.push(receiver);
  }
  const created = await admin("", { json: { url: receiver.url, events, ...(options.secret ? { secret: options.secret } : {}) } });
  expect(created.status).toBe(200);
  endpoints.push(created.body.webhook.id);
  receiver.secrets.push(created.body.webhook.secret);
  return { receiver, webhook: created.body.webhook as { id: string; url: string; events: string[]; secret: string } };
}

/** An unpaid crypto order, of a fresh product unless one is given. */
async function pendingOrder(locale = "en", productId?: string) {
  productId ??= (await makeProduct({ priceFen: BigInt(randomInt(500, 50_000)), stock: 3 })).id;
  const created = await createOrder({
    productId,
    quantity: 1,
    contactEmail: `wh-${randomUUID().slice(0, 8)}@example.com`,
    paymentMethod: "crypto",
    coin: COIN,
    locale,
  });
  expect(created.status).toBe(200);
  return created.body.order as { id: string; order_no: string };
}

const about = (orderId: string, type?: string) => (event: ReceivedEvent) =>
  event.data.order?.id === orderId && (!type || event.type === type);

describe("/api/admin/webhooks", () => {
  it("registers an endpoint, generating a whsec_ secret, and lists, reads, updates and deletes it", async () => {
    const created = await admin("", {
      json: { url: "https://hooks.example.com/stockline", events: ["order.paid", "order.paid", "stock.low"] },
    });
    expect(created.status).toBe(200);
    const { webhook } = schemas.webhookAnswerSchema.parse(created.body);
    endpoints.push(webhook.id);
    expect(webhook).toMatchObject({ url: "https://hooks.example.com/stockline", events: ["order.paid", "stock.low"], enabled: true });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // Stored sealed, not in clear.
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(row.secret).not.toContain(webhook.secret.slice(6));

    const listed = await admin("");
    schemas.webhookListSchema.parse(listed.body);
    const entry = listed.body.webhooks.find((hook: { id: string }) => hook.id === webhook.id);
    expect(entry).toMatchObject({ url: webhook.url, enabled: true, failing_since: null });
    expect(entry.secret).toBeUndefined();
    expect((await admin(`/${webhook.id}`)).body.webhook.secret).toBe(webhook.secret);

    const given = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    const withSecret = await admin("", { json: { url: "https://hooks.example.com/b", events: ["order.created"], secret: given } });
    endpoints.push(withSecret.body.webhook.id);
    expect(withSecret.body.webhook.secret).toBe(given);

    const updated = await admin(`/${webhook.id}`, { method: "PATCH", json: { events: ["order.completed"], enabled: false } });
    expect(updated.body.webhook).toMatchObject({
      events: ["order.completed"],
      enabled: false,
      disabled_reason: "disabled by the operator",
    });
    expect((await admin(`/${webhook.id}`, { method: "DELETE" })).body).toEqual({ success: true, deleted: true });
    expect((await admin(`/${webhook.id}`)).status).toBe(404);
    expect((await admin(`/${webhook.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("is in the OpenAPI document (tagged admin), each operation with an operationId and the operator's security", async () => {
    const { body } = await api("/api/openapi.json");
    const operations = [
      ["/admin/webhooks", "get"],
      ["/admin/webhooks", "post"],
      ["/admin/webhooks/{id}", "get"],
      ["/admin/webhooks/{id}", "patch"],
      ["/admin/webhooks/{id}", "delete"],
      ["/admin/webhooks/{id}/deliveries", "get"],
      ["/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver", "post"],
      ["/admin/outbox", "get"],
    ] as const;
    for (const [path, method] of operations) {
      const operation = body.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toMatchObject({
        tags: ["admin"],
        security: [{ bearer: [] }, { operatorSession: [] }],
        operationId: expect.stringMatching(/^admin[A-Z]/),
      });
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "401", "403"]));
    }
    expect(body.paths["/admin/webhooks"].post.requestBody.content["application/json"].schema.required).toEqual(["url", "events"]);
  });

  it("refuses bad input with a clear error, and everyone but an admin", async () => {
    const bad: [unknown, string][] = [
      [{ url: "ftp://hooks.example.com/", events: ["order.paid"] }, "url: must be an http(s) URL"],
      [{ url: "https://user:pw@hooks.example.com/", events: ["order.paid"] }, "url: must not carry a user name or password"],
      [{ url: "https://hooks.example.com/", events: [] }, "events: must name at least one event type"],
      [
        { url: "https://hooks.example.com/", events: ["order.shipped"] },
        `events.0: must be one of: ${["order.created", "order.paid", "order.completed", "order.expired", "order.refunded", "topup.credited", "payment.unmatched", "stock.low"].join(", ")}`,
      ],
      [
        { url: "https://hooks.example.com/", events: ["order.paid"], secret: "not-a-secret" },
        "secret: must be whsec_ followed by 24 to 64 bytes in base64",
      ],
      [{ url: "https://hooks.example.com/", events: ["order.paid"], extra: 1 }, "Unknown field: extra"],
    ];
    const before = await db.webhookEndpoint.count();
    for (const [json, error] of bad) {
      const answer = await admin("", { json });
      expect(answer.status, JSON.stringify(json)).toBe(400);
      expect(answer.body).toEqual({ success: false, error, code: "validation" });
    }
    expect(await db.webhookEndpoint.count()).toBe(before);
    expect((await api("/api/admin/webhooks")).status).toBe(401);
    const shopper = await makeUser();
    expect(
      (await api("/api/admin/webhooks", { token: shopper.token, json: { url: "https://x.example/", events: ["order.paid"] } })).status,
    ).toBe(403);
    expect((await admin(`/${randomUUID()}`, { method: "PATCH", json: { enabled: true } })).status).toBe(404);
  });
});

describe("events", () => {
  it("tells the endpoint of an order's life: created, paid, completed, refunded, signed and verified", async () => {
    const { receiver, webhook } = await register(ORDER_EVENTS);
    const order = await pendingOrder("zh");
    const [created] = await receiver.waitFor(about(order.id, "order.created"));
    expect(created!.data.order).toMatchObject({ id: order.id, order_no: order.order_no, status: "pending", payment_method: "crypto" });
    expect((await api(`/api/admin/orders/${order.id}/confirm`, { method: "POST", token: adminToken })).status).toBe(200);
    await receiver.waitFor(about(order.id, "order.paid"));
    const [completed] = await receiver.waitFor(about(order.id, "order.completed"));
    expect(completed!.data.order.status).toBe("completed");
    expect((await api(`/api/admin/orders/${order.id}/refund`, { method: "POST", token: adminToken })).status).toBe(200);
    const [refunded] = await receiver.waitFor(about(order.id, "order.refunded"));
    expect(refunded!.data.order.status).toBe("refunded");

    // Each event once, its webhook-id the stored event's id, every try in the log with its code.
    const events = await db.webhookEvent.findMany({ where: { deliveries: { some: { endpointId: webhook.id } } } });
    const mine = events.filter((event) => event.body.includes(order.id));
    expect(mine.map((event) => event.type).sort()).toEqual(["order.completed", "order.created", "order.paid", "order.refunded"]);
    for (const event of mine) expect(receiver.count(event.id)).toBe(1);
    await vi.waitFor(async () => {
      const deliveries = await admin(`/${webhook.id}/deliveries`);
      expect(deliveries.status).toBe(200);
      schemas.deliveryListSchema.parse(deliveries.body);
      const ours = deliveries.body.deliveries.filter((d: { event_id: string }) => mine.some((event) => event.id === d.event_id));
      expect(ours).toHaveLength(4);
      for (const delivery of ours) {
        expect(delivery).toMatchObject({ status: "delivered", attempts: 1, last_status: 200 });
        expect(delivery.log).toEqual([expect.objectContaining({ status_code: 200, error: null })]);
      }
    });
  });

  it("tells of a balance order paid and delivered at once, and of an order that expired", async () => {
    const { receiver } = await register(ORDER_EVENTS);
    const user = await makeUser({ balanceFen: 10_000n });
    const product = await makeProduct({ stock: 2 });
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: user.email, paymentMethod: "balance_cny" },
      { token: user.token },
    );
    const id = created.body.order.id;
    for (const type of ["order.created", "order.paid", "order.completed"]) await receiver.waitFor(about(id, type));

    const order = await pendingOrder();
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    // The server's sweeper expires it within a second.
    const [expired] = await receiver.waitFor(about(order.id, "order.expired"));
    expect(expired!.data.order.status).toBe("expired");
  });

  it("sends only the events an endpoint subscribed to", async () => {
    const { receiver } = await register(["order.paid"]);
    const order = await pendingOrder();
    await api(`/api/admin/orders/${order.id}/confirm`, { method: "POST", token: adminToken });
    await receiver.waitFor(about(order.id, "order.paid"));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.accepted.filter(about(order.id)).map((event) => event.type)).toEqual(["order.paid"]);
  });
});

describe("manual-delivery orders", () => {
  const manualProduct = async () => {
    const product = await makeProduct({ lines: [], priceFen: 500n });
    const changed = await api(`/api/admin/products/${product.id}`, { method: "PATCH", token: adminToken, json: { kind: "manual" } });
    expect(changed.status).toBe(200);
    return product;
  };
  const deliverByHand = async (orderId: string) => {
    const delivered = await api(`/api/admin/orders/${orderId}/deliver`, { method: "POST", token: adminToken, json: { items: ["code-1"] } });
    expect(delivered.body).toMatchObject({ success: true, changed: true });
  };
  // Each event of the order's life once: order.paid when it was paid, order.completed when the operator delivered.
  const expectEachOnce = async (receiver: FakeWebhookReceiver, orderId: string) => {
    await receiver.waitFor(about(orderId, "order.completed"));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const types = receiver.accepted.filter(about(orderId)).map((event) => event.type);
    expect(types.sort()).toEqual(["order.completed", "order.created", "order.paid"]);
    const stored = (await db.webhookEvent.findMany({ where: { body: { contains: orderId } } })).map((event) => event.type);
    expect(stored.sort()).toEqual(["order.completed", "order.created", "order.paid"]);
  };

  it("a confirmed manual order tells order.paid when paid and only order.completed when delivered by hand", async () => {
    const { receiver } = await register(ORDER_EVENTS);
    const product = await manualProduct();
    const { id } = await pendingOrder("en", product.id);
    expect((await api(`/api/admin/orders/${id}/confirm`, { method: "POST", token: adminToken })).body.outcome).toBe("awaiting_delivery");
    const [paid] = await receiver.waitFor(about(id, "order.paid"));
    expect(paid!.data.order.status).toBe("paid");
    await deliverByHand(id);
    await expectEachOnce(receiver, id);
  });

  it("a manual order paid from the balance tells order.paid at creation and only order.completed when delivered by hand", async () => {
    const { receiver } = await register(ORDER_EVENTS);
    const product = await manualProduct();
    const buyer = await makeUser({ balanceFen: 1_000n });
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const id = created.body.order.id as string;
    await receiver.waitFor(about(id, "order.paid"));
    await deliverByHand(id);
    await expectEachOnce(receiver, id);
  });
});

describe("stock.low", () => {
  const lowFor = (productId: string) => (event: ReceivedEvent) => event.type === "stock.low" && event.data.product?.id === productId;

  async function buyer() {
    const user = await makeUser({ balanceFen: 1_000_000n });
    return (productId: string, quantity: number) =>
      createOrder({ productId, quantity, contactEmail: user.email, paymentMethod: "balance_cny" }, { token: user.token });
  }

  it("is sent once when a sale takes stock to or below the threshold, and again only after it was replenished above", async () => {
    const { receiver, webhook } = await register(["stock.low"]);
    const product = await makeProduct({ stock: 6 });
    await db.product.update({ where: { id: product.id }, data: { lowStockThreshold: 3 } });
    const buy = await buyer();
    expect((await buy(product.id, 2)).status).toBe(200); // 6 -> 4: above
    expect((await buy(product.id, 1)).status).toBe(200); // 4 -> 3: crossed
    const [first] = await receiver.waitFor(lowFor(product.id));
    expect(first!.data.product).toEqual({
      id: product.id,
      slug: product.slug,
      name_zh: product.nameZh,
      name_en: product.nameEn,
      available: 3,
      low_stock_threshold: 3,
    });
    expect((await buy(product.id, 2)).status).toBe(200); // 3 -> 1: still low, nothing new

    // Replenished above the threshold (1 + 4 = 5), then one sale of three crosses again (5 -> 2).
    const added = await api(`/api/admin/products/${product.id}/stock`, {
      method: "POST",
      token: adminToken,
      headers: { "content-type": "text/plain" },
      body: Array.from({ length: 4 }, (_, i) => `${product.slug}-more${i}----pw`).join("\n"),
    });
    expect(added.body).toMatchObject({ success: true, added: 4 });
    expect((await buy(product.id, 3)).status).toBe(200);
    const [, second] = await receiver.waitFor(lowFor(product.id), 2);
    expect(second!.data.product).toMatchObject({ available: 2, low_stock_threshold: 3 });
    expect(second!.id).not.toBe(first!.id);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.accepted.filter(lowFor(product.id))).toHaveLength(2);
    expect(await db.webhookEvent.count({ where: { type: "stock.low", body: { contains: product.id } } })).toBe(2);
    expect(await db.webhookDelivery.count({ where: { endpointId: webhook.id } })).toBe(2);
  });

  it("comes once when concurrent sales cross the threshold together, and is not written when nobody subscribed", async () => {
    const { receiver, webhook } = await register(["stock.low"]);
    const product = await makeProduct({ stock: 8 });
    await db.product.update({ where: { id: product.id }, data: { lowStockThreshold: 5 } });
    const buy = await buyer();
    // Six sales at once take 8 -> 2: exactly one of them crosses 5.
    const answers = await Promise.all(Array.from({ length: 6 }, () => buy(product.id, 1)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    await receiver.waitFor(lowFor(product.id));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.accepted.filter(lowFor(product.id))).toHaveLength(1);

    // With that endpoint disabled and another subscribed to other events only, a crossing sale writes no stock.low event.
    await db.webhookEndpoint.update({ where: { id: webhook.id }, data: { disabledAt: new Date() } });
    const other = await register(["order.refunded"]);
    const quiet = await makeProduct({ stock: 12 }); // the default threshold, 10
    expect((await buy(quiet.id, 2)).status).toBe(200);
    expect(await db.webhookEvent.count({ where: { type: "stock.low", body: { contains: quiet.id } } })).toBe(0);
    expect(other.receiver.requests).toBe(0);
  });
});

describe("delivery", () => {
  it("retries a failing receiver with backoff until it recovers: every event once, each try in the log", async () => {
    const { receiver, webhook } = await register(["order.created"]);
    receiver.failNext(6);
    const orders = [await pendingOrder("zh"), await pendingOrder("en"), await pendingOrder("zh")];
    for (const order of orders) await receiver.waitFor(about(order.id, "order.created"), 1, 45_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const order of orders) expect(receiver.accepted.filter(about(order.id))).toHaveLength(1);
    await vi.waitFor(async () =>
      expect(await db.webhookDelivery.count({ where: { endpointId: webhook.id, status: "delivered" } })).toBe(3),
    );
    const { body } = await admin(`/${webhook.id}/deliveries`);
    const codes = body.deliveries.flatMap((delivery: { log: { status_code: number }[] }) => delivery.log.map((entry) => entry.status_code));
    expect(codes.filter((code: number) => code === 500)).toHaveLength(6);
    expect(codes.filter((code: number) => code === 200)).toHaveLength(3);
    for (const delivery of body.deliveries) expect(delivery.status).toBe("delivered");
    // Tries were spread out, not hammered: at least the two shortest backoffs (300 ms, 600 ms, less 25 % jitter) apart.
    const retried = body.deliveries.filter((delivery: { attempts: number }) => delivery.attempts >= 3);
    expect(retried.length).toBeGreaterThan(0);
    for (const delivery of retried) {
      const times = delivery.log.map((entry: { attempted_at: string }) => Date.parse(entry.attempted_at)).reverse();
      expect(times[2] - times[0]).toBeGreaterThanOrEqual(0.75 * (300 + 600));
    }
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } })).failingSince).toBeNull();
  });

  it("signs with both secrets while one is rotated out", async () => {
    const { receiver, webhook } = await register(["order.created"]);
    const rotated = await admin(`/${webhook.id}`, { method: "PATCH", json: { rotateSecret: true } });
    expect(rotated.body.webhook.secret).not.toBe(webhook.secret);
    expect(Date.parse(rotated.body.webhook.previous_secret_valid_until)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    // This receiver still only knows the old secret.
    receiver.secrets = [webhook.secret];
    const order = await pendingOrder();
    const [event] = await receiver.waitFor(about(order.id));
    expect(event!.signature.split(" ")).toHaveLength(2);
    // And one that knows only the new secret verifies the same message too; a stranger does not.
    const { Webhook } = await import("standardwebhooks");
    expect(new Webhook(rotated.body.webhook.secret).verify(event!.body, event!.headers)).toEqual(JSON.parse(event!.body));
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(event!.body, event!.headers)).toThrow();
    expect(receiver.rejected).toBe(0);
  });

  it("disables an endpoint that has failed for days, tells the operator, and resumes once enabled again", async () => {
    const { receiver, webhook } = await register(["order.created"]);
    receiver.setFailing(true);
    const order = await pendingOrder();
    await vi.waitFor(
      async () => expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } })).failingSince).not.toBeNull(),
      { timeout: 15_000 },
    );
    // It has been failing for four days (moved back in the database).
    await db.webhookEndpoint.update({ where: { id: webhook.id }, data: { failingSince: new Date(Date.now() - 4 * 24 * 3600_000) } });
    await vi.waitFor(async () => expect((await admin(`/${webhook.id}`)).body.webhook.enabled).toBe(false), {
      timeout: 15_000,
      interval: 200,
    });
    const state = (await admin("")).body.webhooks.find((hook: { id: string }) => hook.id === webhook.id);
    expect(state.disabled_reason).toMatch(/^disabled automatically: every delivery failed for 3 days \(last: HTTP 503\)/);
    // Every active operator is told by mail, once, with a link to the endpoint.
    const notices = await db.mailOutbox.findMany({
      where: { kind: "webhook_disabled", dedupeKey: { startsWith: `webhook_disabled:${webhook.id}:` } },
    });
    const operators = await db.user.count({ where: { role: "admin", disabledAt: null } });
    expect(operators).toBeGreaterThan(0);
    expect(notices).toHaveLength(operators);
    expect(new Set(notices.map((notice) => notice.toAddress)).size).toBe(operators);
    expect(notices[0]!.subject).toBe(`Webhook 端点 ${new URL(receiver.url).host} 已被停用`);
    const requests = receiver.requests;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.requests).toBe(requests); // nothing more is sent to it
    expect((await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: webhook.id } })).status).toBe("pending");
    const [delivery] = (await admin(`/${webhook.id}/deliveries`)).body.deliveries;
    expect((await admin(`/${webhook.id}/deliveries/${delivery.id}/redeliver`, { method: "POST" })).body.error).toBe(
      "Webhook is disabled: enable it before redelivering",
    );

    receiver.setFailing(false);
    expect((await admin(`/${webhook.id}`, { method: "PATCH", json: { enabled: true } })).body.webhook).toMatchObject({
      enabled: true,
      failing_since: null,
    });
    await receiver.waitFor(about(order.id));
    expect(receiver.accepted.filter(about(order.id))).toHaveLength(1);
  });

  it("redelivers on the operator's request, with the same webhook-id and body", async () => {
    const { receiver, webhook } = await register(["order.created"]);
    const order = await pendingOrder();
    const [first] = await receiver.waitFor(about(order.id));
    // The sender records the delivery just after the receiver answered.
    const delivery = await vi.waitFor(async () => {
      const [delivered] = (await admin(`/${webhook.id}/deliveries?status=delivered`)).body.deliveries;
      expect(delivered).toBeDefined();
      return delivered;
    });
    const again = await admin(`/${webhook.id}/deliveries/${delivery.id}/redeliver`, { method: "POST" });
    expect(again.status).toBe(200);
    schemas.deliveryAnswerSchema.parse(again.body);
    expect(again.body.delivery).toMatchObject({ id: delivery.id, status: "pending" });
    const [, second] = await receiver.waitFor(about(order.id), 2);
    expect(second!.id).toBe(first!.id);
    expect(second!.body).toBe(first!.body);
    // The sender records the try just after the receiver answered.
    await vi.waitFor(async () => {
      const log = (await admin(`/${webhook.id}/deliveries`)).body.deliveries[0].log;
      expect(log.map((entry: { status_code: number }) => entry.status_code)).toEqual([200, 200]);
    });
    expect((await admin(`/${webhook.id}/deliveries/${randomUUID()}/redeliver`, { method: "POST" })).status).toBe(404);
  });

  it("gives up on a delivery after its three days, and counts a redirect as a failure without following it", async () => {
    const { receiver, webhook } = await register(["order.created"]);
    const target = new FakeWebhookReceiver(receiver.secrets);
    await target.start();
    receivers.push(target);
    receiver.redirect(target.url);
    const order = await pendingOrder();
    await vi.waitFor(
      async () => expect((await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: webhook.id } })).lastStatus).toBe(302),
      { timeout: 15_000 },
    );
    expect(target.requests).toBe(0);
    await db.webhookDelivery.updateMany({ where: { endpointId: webhook.id }, data: { deadlineAt: new Date(Date.now() - 1000) } });
    await vi.waitFor(
      async () => expect((await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: webhook.id } })).status).toBe("failed"),
      { timeout: 15_000 },
    );
    const [delivery] = (await admin(`/${webhook.id}/deliveries?status=failed`)).body.deliveries;
    expect(delivery).toMatchObject({ status: "failed", last_status: 302, last_error: "gave up: not delivered within 3 days" });
    expect(receiver.accepted.filter(about(order.id))).toHaveLength(0);
  });
});

describe("targets in private networks", () => {
  it("are refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS is set: at registration and at delivery, for every resolved address", async () => {
    useOwnEnvironment({ WEBHOOK_ALLOW_PRIVATE_TARGETS: "false" });
    const { createWebhook } = await import("@/lib/webhooks/endpoints");
    const { postWebhook } = await import("@/lib/webhooks/post-webhook");
    for (const url of [
      "http://127.0.0.1:8080/",
      "http://localhost/hook",
      "http://[::1]/",
      "http://169.254.169.254/latest/meta-data",
      "http://10.1.2.3/",
      "http://[::ffff:192.168.0.1]/",
    ]) {
      await expect(createWebhook({ url, events: ["order.paid"] }), url).rejects.toThrow(
        /url is not allowed: .* a private, loopback or link-local address/,
      );
    }
    const receiver = new FakeWebhookReceiver(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]);
    await receiver.start();
    receivers.push(receiver);
    const byName = receiver.url.replace("127.0.0.1", "localhost");
    for (const url of [receiver.url, byName]) {
      const outcome = await postWebhook(url, {}, "{}");
      expect(outcome, url).toMatchObject({ ok: false, statusCode: null });
      expect(outcome.error).toMatch(/private, loopback or link-local/);
    }
    expect(receiver.requests).toBe(0);
  });
});

describe("the console's registration", () => {
  it("takes the operator's own secret, which then signs the deliveries", async () => {
    const operator = await makeAdmin();
    const { secret: totp } = await enrolTwoFactor(operator.id);
    const cookie = (await webSignIn(operator.email, operator.password, totpCode(totp))).join("; ");
    const receiver = new FakeWebhookReceiver();
    await receiver.start();
    receivers.push(receiver);
    const own = `whsec_${randomBytes(32).toString("base64")}`;
    const page = `${inject("baseUrl")}/en/admin/webhooks`;
    const answer = await postAction(
      page,
      serverActionId("createWebhookAction"),
      { locale: "en", url: receiver.url, events: "order.created", secret: own },
      cookie,
    );
    expect(answer.status).toBe(200);
    const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { url: receiver.url } });
    endpoints.push(endpoint.id);
    // The receiver knows only the operator's secret: every delivery must verify with it.
    receiver.secrets.push(own);
    const order = await pendingOrder();
    await receiver.waitFor(about(order.id, "order.created"));
    expect(receiver.rejected).toBe(0);
    // A malformed secret is refused and registers nothing.
    const before = await db.webhookEndpoint.count();
    await postAction(
      page,
      serverActionId("createWebhookAction"),
      { locale: "en", url: receiver.url, events: "order.created", secret: "not-a-secret" },
      cookie,
    );
    expect(await db.webhookEndpoint.count()).toBe(before);
  });
});

describe("events from payments", () => {
  // The chain transfers are recorded through the watchers' own path (observeTransfers), as a
  // TRON poll would hand them over; tests/api/topups.test.ts and crypto-tron.test.ts drive a real watcher.
  it("topup.credited and payment.unmatched reach the receiver signed, once each", async () => {
    const { receiver } = await register(["topup.credited", "payment.unmatched"]);
    const user = await makeUser();
    const created = await api("/api/topups", {
      token: user.token,
      json: { currency: "USDT", amount: randomInt(10, 90), paymentMethod: "crypto", coin: COIN },
    });
    expect(created.status).toBe(200);
    const { address, amount_atomic: atomic } = created.body.payment as { address: string; amount_atomic: string };
    const transfer = (txHash: string, amount: bigint) => ({
      chain: "tron" as const,
      coin: COIN as "trc20_usdt",
      txHash,
      index: "0",
      address,
      amount,
      blockNumber: 1n,
      blockTime: new Date(Date.now() + 1_000),
      confirmations: 1,
      required: 1,
    });
    const paying = transfer(`topup-${randomUUID()}`, BigInt(atomic));
    const stray = transfer(`stray-${randomUUID()}`, BigInt(atomic) + 7n);
    await observeTransfers([paying, stray]);
    await observeTransfers([paying, stray]); // read again: nothing new

    const [credited] = await receiver.waitFor((event) => event.type === "topup.credited" && event.data.topup?.id === created.body.topup.id);
    expect(credited!.data.topup).toMatchObject({ user_id: user.id, currency: "USDT" });
    const [unmatched] = await receiver.waitFor(
      (event) => event.type === "payment.unmatched" && event.data.transfer?.tx_hash === stray.txHash,
    );
    expect(unmatched!.data.transfer).toMatchObject({ chain: "tron", coin: COIN, address, amount_atomic: stray.amount.toString() });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(
      receiver.accepted.filter((event) => event.type === "topup.credited" && event.data.topup?.id === created.body.topup.id),
    ).toHaveLength(1);
    expect(
      receiver.accepted.filter((event) => event.type === "payment.unmatched" && event.data.transfer?.tx_hash === stray.txHash),
    ).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balanceUsdtMicro).toBe(
      BigInt(created.body.topup.amount * 1_000_000),
    );
  });
});
