// The operator's notification controls: resending a delivery email (POST
// /api/admin/orders/:id/resend-delivery-email), the outbox's dedupe keys, and the audit entries
// of webhook writes. (The mail itself on the wire: tests/api/mail.test.ts, with a real SMTP server.)
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { outboxSchema, resendAnswerSchema } from "@/lib/api/notification-schemas";

let admin: { token: string; email: string };

beforeAll(async () => {
  admin = await makeUser({ role: "admin" });
});

async function completedOrder() {
  const user = await makeUser({ balanceFen: 100_000n });
  const product = await makeProduct({ stock: 3 });
  const created = await createOrder(
    { productId: product.id, quantity: 1, contactEmail: user.email, paymentMethod: "balance_cny" },
    { token: user.token },
  );
  expect(created.status).toBe(200);
  return { id: created.body.order.id as string, email: user.email, product };
}

const resend = (orderId: string, init: { json?: unknown; token?: string; body?: string; headers?: Record<string, string> } = {}) =>
  api(`/api/admin/orders/${orderId}/resend-delivery-email`, { method: "POST", token: admin.token, ...init });
const resentRows = (orderId: string) => db.mailOutbox.count({ where: { dedupeKey: { startsWith: `order_delivered:${orderId}:resend:` } } });

describe("POST /api/admin/orders/:id/resend-delivery-email", () => {
  it("queues a fresh delivery mail with a new dedupe key on each click, one per key, audited", async () => {
    const order = await completedOrder();
    const first = await resend(order.id);
    expect(first.status).toBe(200);
    const body = resendAnswerSchema.parse(first.body);
    // This server has no SMTP: the mail is recorded, not sent, and the answer says so.
    expect(body).toMatchObject({ queued: true, to: order.email, mail_status: "skipped" });
    const row = await db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: `order_delivered:${order.id}:resend:${body.key}` } });
    expect(row).toMatchObject({ kind: "order_delivered", toAddress: order.email, status: "skipped" });

    // The same click again (a retried request): nothing more. Another click: another mail.
    expect((await resend(order.id, { json: { key: body.key } })).body).toMatchObject({ queued: false, key: body.key });
    expect((await resend(order.id, { json: { key: "second-click-1" } })).body).toMatchObject({ queued: true, key: "second-click-1" });
    expect(await resentRows(order.id)).toBe(2);
    // The original delivery mail is still the one under its own key.
    expect(await db.mailOutbox.count({ where: { dedupeKey: `order_delivered:${order.id}` } })).toBe(1);

    // In the order written (PostgreSQL returns rows in no set order without one).
    const audit = await db.auditEntry.findMany({
      where: { entityId: order.id, action: "order.resend_delivery_mail" },
      orderBy: { id: "asc" },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorEmail: admin.email, entityType: "order" });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ to: order.email, key: body.key, mail_status: "skipped" });

    const outbox = await api(`/api/admin/outbox?kind=order_delivered&limit=200`, { token: admin.token });
    const listed = outboxSchema.parse(outbox.body).mail.map((mail) => mail.dedupe_key);
    expect(listed).toEqual(expect.arrayContaining([`order_delivered:${order.id}`, `order_delivered:${order.id}:resend:second-click-1`]));
  });

  it("refuses everyone but an admin, unknown orders, unpaid orders and bad keys, writing nothing", async () => {
    const order = await completedOrder();
    expect((await resend(order.id, { token: "" })).status).toBe(401);
    const shopper = await makeUser();
    expect((await resend(order.id, { token: shopper.token })).status).toBe(403);
    expect((await resend(randomUUID())).body).toEqual({ success: false, error: "Order not found", code: "order_not_found" });

    const bad: [unknown, string][] = [
      [{ key: "short" }, "key: key must be 8 to 64 letters, digits, - or _"],
      [{ key: "has spaces in it" }, "key: key must be 8 to 64 letters, digits, - or _"],
      [{ key: 12345678 }, "key: key must be a string"],
      [{ extra: true }, "Unknown field: extra"],
    ];
    for (const [json, error] of bad) {
      const answer = await resend(order.id, { json });
      expect(answer.status, JSON.stringify(json)).toBe(400);
      expect(answer.body).toEqual({ success: false, error, code: "validation" });
    }
    expect((await resend(order.id, { body: "not json", headers: { "content-type": "application/json" } })).status).toBe(400);

    // A refunded order is no longer delivered: nothing to resend.
    const refunded = await completedOrder();
    expect((await api(`/api/admin/orders/${refunded.id}/refund`, { method: "POST", token: admin.token })).status).toBe(200);
    const answer = await resend(refunded.id);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      success: false,
      error: "Only a delivered (completed) order's email can be sent again",
      code: "validation",
    });
    expect(await resentRows(refunded.id)).toBe(0);
    expect(await resentRows(order.id)).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: order.id } })).toBe(0);
  });

  it("is in the OpenAPI document with its operationId and answers", async () => {
    const { body } = await api("/api/openapi.json");
    const operation = body.paths["/admin/orders/{id}/resend-delivery-email"]?.post;
    expect(operation).toMatchObject({ tags: ["admin"], operationId: "adminResendDeliveryEmail" });
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404"]));
  });
});

describe("the order page after ordering", () => {
  it("says no confirmation email was sent when SMTP is not configured, and asks to keep the link", async () => {
    const user = await makeUser({ balanceFen: 100_000n });
    const product = await makeProduct({ stock: 2 });
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: user.email, paymentMethod: "balance_cny", locale: "en" },
      { token: user.token },
    );
    const page = await fetch(`${inject("baseUrl")}/en/orders/${created.body.order.id}?token=${created.body.access_token}`);
    const html = await page.text();
    // The notice itself (the page also carries the client's message catalogue, with every variant).
    expect(html.match(/data-testid="confirmation-email">([^<]*)</)?.[1]).toBe(
      "No confirmation email was sent (this shop does not send email), so please keep the link and the order number now.",
    );
    expect(html).toContain("Keep this link and your order number");
  });
});

describe("webhook writes", () => {
  it("are audited without the secret", async () => {
    const created = await api("/api/admin/webhooks", {
      token: admin.token,
      json: { url: "https://hooks.example.com/audited", events: ["stock.low"] },
    });
    const { id, secret } = created.body.webhook as { id: string; secret: string };
    await api(`/api/admin/webhooks/${id}`, { method: "PATCH", token: admin.token, json: { rotateSecret: true } });
    await api(`/api/admin/webhooks/${id}`, { method: "DELETE", token: admin.token });
    const entries = await db.auditEntry.findMany({ where: { entityType: "webhook", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["webhook.create", "webhook.rotate_secret", "webhook.delete"]);
    for (const entry of entries) {
      expect(`${entry.before}${entry.after}`).not.toContain(secret.slice(6));
      expect(`${entry.before}${entry.after}`).not.toContain("whsec_");
    }
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ secret_rotated: true, events: ["stock.low"] });
  });
});
