// Product kinds: a reusable item (one line delivered to every buyer, never sold out, nothing
// reserved) and manual delivery (a paid order waits for the operator, who delivers once
// through POST /api/admin/orders/:id/deliver, however often it is submitted).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { balances, db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { auditCount, makeAdmin } from "../support/admin";
import { answers } from "@/lib/api/admin-response-schemas";
import { UNLIMITED_STOCK } from "@/lib/catalog/product-kinds";

const COIN = "trc20_usdt";
let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  admin = await makeAdmin();
  await enableCoin(COIN, "TProductKindsTestAddress0000000001");
});
const as = (method: string, path: string, json?: unknown) => api(path, { method, token: admin.token, json });
const email = () => `kinds-${randomUUID().slice(0, 8)}@example.com`;

async function productOfKind(kind: "reusable" | "manual", lines: string[], extra: Record<string, unknown> = {}) {
  const product = await makeProduct({ lines, priceFen: 500n });
  const changed = await as("PATCH", `/api/admin/products/${product.id}`, { kind, ...extra });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  return { ...product, admin: answers.product.parse(changed.body).product };
}

const publicStock = async (productId: string) => (await api(`/api/products/${productId}`)).body.product.stock as number;

describe("product kind in the admin API", () => {
  it("is stock by default, editable, validated, and sets the stock the shop shows", async () => {
    const created = await as("POST", "/api/admin/products", {
      slug: `kind-${randomUUID().slice(0, 8)}`,
      name_zh: "甲",
      name_en: "A",
      price: 1,
    });
    expect(answers.product.parse(created.body).product).toMatchObject({ kind: "stock", shown_stock: null, stock: 0 });
    const id = created.body.product.id as string;
    for (const body of [{ kind: "loop" }, { shown_stock: -1 }, { shown_stock: 1.5 }, { kind: null }]) {
      expect((await as("PATCH", `/api/admin/products/${id}`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await as("PATCH", `/api/admin/products/${id}`, { kind: "manual" })).body.product).toMatchObject({
      kind: "manual",
      stock: UNLIMITED_STOCK,
    });
    expect(await publicStock(id)).toBe(UNLIMITED_STOCK);
    expect((await as("PATCH", `/api/admin/products/${id}`, { shown_stock: 42 })).body.product.stock).toBe(42);
    expect(await publicStock(id)).toBe(42);

    // A reusable product without its line is sold out; with it, unlimited (or the operator's figure).
    const reusable = await productOfKind("reusable", []);
    expect(await publicStock(reusable.id)).toBe(0);
    const refused = await createOrder({ productId: reusable.id, quantity: 1, contactEmail: email(), paymentMethod: "crypto", coin: COIN });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("Insufficient stock");
    const stocked = await productOfKind("reusable", ["shared@example.com----secret"]);
    expect(await publicStock(stocked.id)).toBe(UNLIMITED_STOCK);
  });
});

describe("a reusable product", () => {
  it("delivers the same line to N concurrent buyers and never sells out; nothing is reserved or sold", async () => {
    const line = `family-${randomUUID().slice(0, 6)}@example.com----pass123`;
    const product = await productOfKind("reusable", [line]);
    const buyers = await Promise.all(Array.from({ length: 8 }, () => makeUser({ balanceFen: 1_000n })));
    const answersOf = await Promise.all(
      buyers.map((buyer) =>
        createOrder({ productId: product.id, quantity: 1, contactEmail: email(), paymentMethod: "balance_cny" }, { token: buyer.token }),
      ),
    );
    for (const answer of answersOf) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.order.status).toBe("completed");
      expect(answer.body.accounts).toEqual([{ account: line.split("----")[0], password: "pass123", extra: [], raw: line }]);
    }
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 0 });
    for (const buyer of buyers) expect((await balances(buyer.id)).cny).toBe(500n);
    expect(await publicStock(product.id)).toBe(UNLIMITED_STOCK);

    // The status link and the lookup show it, like any delivered item.
    const first = answersOf[0]!.body;
    const status = await api(`/api/orders/${first.order.id}/status?token=${first.access_token}`);
    expect(status.body).toMatchObject({ status: "completed", delivered: true, accounts: [{ raw: line }] });

    // An unpaid order holds nothing back; paid (the operator's confirm) it gets the line too.
    const pending = await createOrder({ productId: product.id, quantity: 2, contactEmail: email(), paymentMethod: "crypto", coin: COIN });
    expect(pending.status).toBe(200);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 0 });
    expect((await as("POST", `/api/admin/orders/${pending.body.order.id}/confirm`)).body.outcome).toBe("delivered");
    const paid = await api(`/api/orders/${pending.body.order.id}/status?token=${pending.body.access_token}`);
    expect(paid.body).toMatchObject({ status: "completed", accounts: [{ raw: line }] });
    const detail = answers.order.parse((await as("GET", `/api/admin/orders/${pending.body.order.id}`)).body).order;
    expect(detail).toMatchObject({ kind: "reusable", delivered_lines: [line], items: [] });
  });
});

describe("a manual-delivery product", () => {
  it("waits paid for the operator; a double submit of the delivery completes it once, audited; the buyer then sees the items", async () => {
    const product = await productOfKind("manual", []);
    const buyer = await makeUser({ balanceFen: 2_000n });
    const created = await createOrder(
      { productId: product.id, quantity: 2, contactEmail: email(), paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.order.status).toBe("paid");
    expect(created.body.accounts).toBeUndefined();
    expect((await balances(buyer.id)).cny).toBe(1_000n);
    const { id } = created.body.order as { id: string };
    const token = created.body.access_token as string;
    // The public status keeps the contract's fields and values: paid, not delivered.
    expect((await api(`/api/orders/${id}/status`)).body).toEqual({
      success: true,
      status: "paid",
      paid: true,
      delivered: false,
      expires_at: created.body.order.expires_at,
    });
    expect((await api(`/api/orders/${id}/status?token=${token}`)).body.accounts).toBeUndefined();

    // Bad input writes nothing.
    const audits = await auditCount();
    for (const body of [{ items: [] }, { items: [""] }, { items: ["a\nb"] }, { items: "a" }, { items: ["x".repeat(4097)] }, {}]) {
      expect((await as("POST", `/api/admin/orders/${id}/deliver`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await as("POST", `/api/admin/orders/${randomUUID()}/deliver`, { items: ["x"] })).status).toBe(404);
    expect(await auditCount()).toBe(audits);
    expect((await db.order.findUniqueOrThrow({ where: { id } })).status).toBe("paid");

    const items = ["gift-AAAA-1111", "gift-BBBB-2222"];
    const submits = await Promise.all(
      [items, ["other-line"], items].map((lines) => as("POST", `/api/admin/orders/${id}/deliver`, { items: lines, note: "sent by hand" })),
    );
    const outcomes = submits.map((answer) => answers.deliveredByHand.parse(answer.body));
    expect(outcomes.filter((outcome) => outcome.changed)).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.status === "completed")).toBe(true);
    expect(await auditCount()).toBe(audits + 1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "order.deliver", entityId: id } });
    expect(entry.after).not.toContain("gift-");

    const delivered = await api(`/api/orders/${id}/status?token=${token}`);
    expect(delivered.body).toMatchObject({ status: "completed", paid: true, delivered: true });
    const lines = (delivered.body.accounts as { raw: string }[]).map((account) => account.raw);
    expect(lines.length === 1 ? lines : lines.sort()).toEqual(lines.length === 1 ? ["other-line"] : [...items].sort());
    // At rest the lines are sealed.
    expect((await db.order.findUniqueOrThrow({ where: { id } })).deliveredItems).not.toContain("gift-");
    // The delivery mail was written once, like any delivery.
    expect(await db.mailOutbox.count({ where: { dedupeKey: `order_delivered:${id}` } })).toBe(1);

    // Again, later: nothing changes.
    const again = answers.deliveredByHand.parse((await as("POST", `/api/admin/orders/${id}/deliver`, { items: ["late"] })).body);
    expect(again.changed).toBe(false);
    expect((await api(`/api/orders/${id}/status?token=${token}`)).body.accounts).toEqual(delivered.body.accounts);
  });

  it("an unpaid manual order, once paid, waits for the operator; stock orders cannot be delivered by hand", async () => {
    const product = await productOfKind("manual", []);
    const pending = await createOrder({ productId: product.id, quantity: 1, contactEmail: email(), paymentMethod: "crypto", coin: COIN });
    expect(pending.status).toBe(200);
    const { id } = pending.body.order as { id: string };
    expect((await as("POST", `/api/admin/orders/${id}/deliver`, { items: ["too-early"] })).status).toBe(400);
    // Confirmed, it is paid and waits: the answer says so rather than "delivered".
    const confirmed = answers.confirmed.parse((await as("POST", `/api/admin/orders/${id}/confirm`)).body);
    expect(confirmed).toMatchObject({ outcome: "awaiting_delivery", changed: true });
    expect((await db.order.findUniqueOrThrow({ where: { id } })).status).toBe("paid");
    expect(await db.paymentEvent.findFirstOrThrow({ where: { orderId: id } })).toMatchObject({ outcome: "awaiting_delivery" });
    expect(answers.deliveredByHand.parse((await as("POST", `/api/admin/orders/${id}/deliver`, { items: ["code-1"] })).body).changed).toBe(
      true,
    );
    expect((await api(`/api/orders/${id}/status?token=${pending.body.access_token}`)).body.accounts).toEqual([
      { account: null, password: null, extra: [], raw: "code-1" },
    ]);

    const stock = await makeProduct({ stock: 2 });
    const buyer = await makeUser({ balanceFen: 1_000n });
    const bought = await createOrder(
      { productId: stock.id, quantity: 1, contactEmail: email(), paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const refused = await as("POST", `/api/admin/orders/${bought.body.order.id}/deliver`, { items: ["x"] });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("Only a paid manual-delivery order can be delivered by hand");
  });

  it("a paid manual order the operator will not deliver is refunded to the balance once, and cannot be delivered after", async () => {
    const product = await productOfKind("manual", []);
    const buyer = await makeUser({ balanceFen: 1_000n });
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: email(), paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const { id } = created.body.order as { id: string };
    const before = await balances(buyer.id);
    expect(before.cny).toBe(500n);
    const refunds = await Promise.all([1, 2].map(() => as("POST", `/api/admin/orders/${id}/refund`, { note: "out of codes" })));
    const parsed = refunds.map((answer) => answers.refunded.parse(answer.body));
    expect(parsed.filter((answer) => answer.changed)).toHaveLength(1);
    expect(parsed.find((answer) => answer.changed)?.credited).toEqual({ currency: "CNY", amount: 5 });
    const after = await balances(buyer.id);
    expect(after).toMatchObject({ cny: 1_000n, ledgerCny: before.ledgerCny + 500n });
    expect((await db.order.findUniqueOrThrow({ where: { id } })).status).toBe("refunded");
    const late = await as("POST", `/api/admin/orders/${id}/deliver`, { items: ["too-late"] });
    expect(late.status).toBe(400);
    expect((await db.order.findUniqueOrThrow({ where: { id } })).deliveredItems).toBeNull();
  });
});
