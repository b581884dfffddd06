// /api/admin/orders: filters that ride indexes, keyset paging, the detail with its payment
// trail, and confirm / cancel / refund through the order core, each idempotent and audited.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { api, createOrder } from "../support/api";
import { balances, db, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { auditCount, makeAdmin } from "../support/admin";
import { answers } from "@/lib/api/admin-response-schemas";
import { paymentAnswers } from "@/lib/api/admin-payments-response-schemas";
import { expireOrder } from "@/lib/orders/expire-orders";
import { importStock } from "@/lib/stock/import-stock";
import { REFUND_RESOLUTION_NOTE } from "@/lib/orders/claim-refund";

const COIN = "trc20_usdt";
let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  admin = await makeAdmin();
  await enableCoin(COIN, "TAdminOrdersTestAddress00000000001");
});

const as = (method: string, path: string, json?: unknown) => api(path, { method, token: admin.token, json });

async function pendingOrder(productId: string, email = `buyer-${randomUUID().slice(0, 8)}@example.com`) {
  const created = await createOrder({ productId, quantity: 1, contactEmail: email, paymentMethod: "crypto", coin: COIN });
  expect(created.status).toBe(200);
  return { ...(created.body.order as { id: string; order_no: string }), pay_address: created.body.payment.address as string };
}

async function expire(orderId: string) {
  await db.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expireOrder(orderId);
  expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("expired");
}

const auditsOf = (orderId: string) => db.auditEntry.findMany({ where: { entityId: orderId }, orderBy: { id: "asc" } });

describe("GET /api/admin/orders", () => {
  it("filters by status, email, order number, method, product and date range, newest first, with cursor paging", async () => {
    const product = await makeProduct({ stock: 10, priceFen: 300n });
    const buyer = await makeUser({ balanceFen: 100_000n });
    const email = `filter-${randomUUID().slice(0, 8)}@example.com`;
    const pending = [await pendingOrder(product.id, email), await pendingOrder(product.id, email)];
    const paid = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );

    const byProduct = answers.orders.parse((await as("GET", `/api/admin/orders?product_id=${product.id}`)).body);
    expect(byProduct.orders.map((order) => order.id)).toEqual([paid.body.order.id, pending[1]!.id, pending[0]!.id]);
    expect(byProduct.orders[0]).toMatchObject({
      status: "completed",
      payment_method: "balance_cny",
      account_email: buyer.email,
      amount: 3,
      product: { slug: product.slug },
    });

    const ids = async (query: string) =>
      (await as("GET", `/api/admin/orders?${query}`)).body.orders.map((order: { id: string }) => order.id);
    expect(await ids(`product_id=${product.id}&status=pending`)).toEqual([pending[1]!.id, pending[0]!.id]);
    expect(await ids(`email=${encodeURIComponent(email.toUpperCase())}&method=balance_cny`)).toEqual([paid.body.order.id]);
    expect(await ids(`order_no=${pending[0]!.order_no.toLowerCase()}`)).toEqual([pending[0]!.id]);
    expect(await ids(`product_id=${product.id}&from=2000-01-01&to=2000-01-02`)).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids(`product_id=${product.id}&from=${today}`)).toHaveLength(3);

    const page1 = (await as("GET", `/api/admin/orders?product_id=${product.id}&limit=2`)).body;
    expect(page1.orders).toHaveLength(2);
    const page2 = (await as("GET", `/api/admin/orders?product_id=${product.id}&limit=2&cursor=${page1.next_cursor}`)).body;
    expect(page2.orders.map((order: { id: string }) => order.id)).toEqual([pending[0]!.id]);
    expect(page2.next_cursor).toBeNull();

    for (const bad of ["status=lost", "email=not-an-email", "method=cash", "from=yesterday", "limit=0", "limit=101", "colour=blue"]) {
      const answer = await as("GET", `/api/admin/orders?${bad}`);
      expect(answer.status, bad).toBe(400);
      expect(answer.body.success).toBe(false);
    }
  });
});

describe("GET /api/admin/orders/:id", () => {
  it("shows the order with its payment trail, the operator's actions and its items; by id or order number", async () => {
    const product = await makeProduct({ lines: ["acc-1----pw-1", "acc-2----pw-2"] });
    const order = await pendingOrder(product.id);
    expect((await as("POST", `/api/admin/orders/${order.id}/confirm`, { note: "bank transfer seen at 10:02" })).status).toBe(200);
    const detail = answers.order.parse((await as("GET", `/api/admin/orders/${order.order_no}`)).body).order;
    expect(detail).toMatchObject({ id: order.id, status: "completed", pay_address: order.pay_address });
    // One of the TRC-20 receiving addresses (the test files each add their own to the shared database).
    expect(order.pay_address).toMatch(/^T\w{33}$/);
    expect(detail.payments.map((event) => [event.source, event.outcome])).toEqual([["admin", "delivered"]]);
    expect(detail.operator_actions).toEqual([
      expect.objectContaining({ action: "order.confirm", actor_email: admin.email, note: "bank transfer seen at 10:02" }),
    ]);
    expect(detail.items).toEqual([{ id: expect.any(Number), status: "sold", content: "acc-1----pw-1" }]);
    expect((await as("GET", `/api/admin/orders/${randomUUID()}`)).body).toMatchObject({ success: false, error: "Order not found" });
  });
});

describe("order actions", () => {
  it("confirm delivers once; a repeat answers already_completed and changes nothing", async () => {
    const product = await makeProduct({ stock: 3 });
    const order = await pendingOrder(product.id);
    const first = answers.confirmed.parse((await as("POST", `/api/admin/orders/${order.id}/confirm`)).body);
    expect(first).toMatchObject({ outcome: "delivered", changed: true, confirmed_by: admin.email });
    const again = await as("POST", `/api/admin/orders/${order.id}/confirm`);
    expect(again.body).toMatchObject({ success: true, outcome: "already_completed", changed: false });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
    // The repeat changed nothing, so it left no audit entry.
    expect((await auditsOf(order.id)).map((entry) => entry.action)).toEqual(["order.confirm"]);
    expect((await as("POST", `/api/admin/orders/${order.id}/confirm`, { note: 5 })).status).toBe(400);
    const notJson = await api(`/api/admin/orders/${order.id}/confirm`, {
      method: "POST",
      token: admin.token,
      body: "note",
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBe(415);
  });

  it("confirm of an expired order, with the required note, delivers it late once; a repeat changes nothing and is not audited", async () => {
    const product = await makeProduct({ stock: 3 });
    const order = await pendingOrder(product.id);
    await expire(order.id);
    const confirm = (json?: unknown) => as("POST", `/api/admin/orders/${order.id}/confirm`, json);
    const noNote = await confirm();
    expect(noNote).toMatchObject({
      status: 400,
      body: { error: "Confirming an expired order needs a note saying which payment was seen" },
    });
    expect(await auditsOf(order.id)).toEqual([]);

    const note = "transfer seen on the chain after the order expired";
    const clicks = await Promise.all([0, 1].map(() => confirm({ note })));
    const outcomes = clicks.map((click) => answers.confirmed.parse(click.body));
    expect(outcomes.filter((outcome) => outcome.changed)).toEqual([expect.objectContaining({ outcome: "delivered_late" })]);
    expect(outcomes.find((outcome) => !outcome.changed)!.outcome).toBe("already_completed");
    expect(answers.confirmed.parse((await confirm({ note })).body)).toMatchObject({ outcome: "already_completed", changed: false });

    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "completed", paymentFlag: "paid_late" });
    const entries = await auditsOf(order.id);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.before!)).toEqual({ status: "expired" });
    expect(JSON.parse(entries[0]!.after!)).toEqual({ status: "completed", outcome: "delivered_late", flag: "paid_late", note });
  });

  it("confirm of an expired order whose stock is gone: paid, flagged and credited to the buyer once, as a late transfer is", async () => {
    const product = await makeProduct({ stock: 1, priceFen: 700n });
    const buyer = await makeUser();
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "crypto", coin: COIN },
      { token: buyer.token },
    );
    expect(created.status).toBe(200);
    const id = created.body.order.id as string;
    await expire(id);
    // The item went back on sale at expiry and was sold meanwhile.
    await db.stockItem.deleteMany({ where: { productId: product.id } });

    const note = "paid late, stock sold out since";
    const first = answers.confirmed.parse((await as("POST", `/api/admin/orders/${id}/confirm`, { note })).body);
    expect(first).toMatchObject({ outcome: "paid_undelivered", changed: true });
    expect(await db.order.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "paid", paymentFlag: "late_credited" });
    const credited = await balances(buyer.id);
    expect(credited.usdt).toBeGreaterThan(0n);
    expect(credited.ledgerUsdt).toBe(credited.usdt);

    const again = answers.confirmed.parse((await as("POST", `/api/admin/orders/${id}/confirm`, { note })).body);
    expect(again).toMatchObject({ outcome: "already_completed", changed: false });
    expect(await balances(buyer.id)).toEqual(credited);
    const entries = await auditsOf(id);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ status: "paid", outcome: "paid_undelivered", flag: "late_credited" });
  });

  it("confirm of a cancelled order answers not_payable, changes nothing and writes no audit entry", async () => {
    const product = await makeProduct({ stock: 2 });
    const order = await pendingOrder(product.id);
    expect((await as("POST", `/api/admin/orders/${order.id}/cancel`)).body.changed).toBe(true);
    const confirmed = answers.confirmed.parse((await as("POST", `/api/admin/orders/${order.id}/confirm`, { note: "seen" })).body);
    expect(confirmed).toMatchObject({ outcome: "not_payable", changed: false });
    expect((await auditsOf(order.id)).map((entry) => entry.action)).toEqual(["order.cancel"]);
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
  });

  it("cancel releases the items; a repeat answers changed: false; a completed order cannot be cancelled", async () => {
    const product = await makeProduct({ stock: 3 });
    const order = await pendingOrder(product.id);
    const audits = await auditCount();
    // Three clicks at once: one cancels, the others answer the same state.
    const clicks = await Promise.all([0, 1, 2].map(() => as("POST", `/api/admin/orders/${order.id}/cancel`, { note: "buyer asked" })));
    for (const click of clicks) answers.cancelled.parse(click.body);
    expect(clicks.map((click) => click.body.changed).sort()).toEqual([false, false, true]);
    expect((await as("POST", `/api/admin/orders/${order.id}/cancel`)).body).toEqual({ success: true, status: "cancelled", changed: false });
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 0 });
    expect(await auditCount()).toBe(audits + 1);

    const buyer = await makeUser({ balanceFen: 10_000n });
    const paid = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const refused = await as("POST", `/api/admin/orders/${paid.body.order.id}/cancel`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/completed/);
  });

  it("refund credits a balance order once, even for two clicks at once; a repeat answers changed: false", async () => {
    const product = await makeProduct({ stock: 3, priceFen: 700n });
    const buyer = await makeUser({ balanceFen: 2_000n });
    const paid = await createOrder(
      { productId: product.id, quantity: 2, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    expect((await balances(buyer.id)).cny).toBe(600n);
    const clicks = await Promise.all(
      [0, 1, 2].map(() => as("POST", `/api/admin/orders/${paid.body.order.id}/refund`, { note: "duplicate purchase" })),
    );
    for (const click of clicks) answers.refunded.parse(click.body);
    expect(clicks.filter((click) => click.body.changed)).toHaveLength(1);
    expect(clicks.find((click) => click.body.changed)!.body.credited).toEqual({ currency: "CNY", amount: 14 });
    expect(await balances(buyer.id)).toMatchObject({ cny: 2_000n, ledgerCny: 2_000n });
    const refundEntries = (await as("GET", `/api/admin/audit?entity_id=${paid.body.order.id}&action=order.refund`)).body.entries;
    expect(refundEntries).toHaveLength(1);
    expect(refundEntries[0].after).toMatchObject({ status: "refunded", note: "duplicate purchase" });
    expect((await as("POST", `/api/admin/orders/${randomUUID()}/refund`)).status).toBe(404);
    expect(await db.order.count({ where: { id: paid.body.order.id, status: "refunded" } })).toBe(1);
  });

  it("refund of a crypto order records a refund made outside the shop, or credits the buyer's CNY balance when asked (never a guest's)", async () => {
    const product = await makeProduct({ stock: 4, priceFen: 1_250n });
    const buyer = await makeUser();
    const confirmed = async (token?: string) => {
      const created = await createOrder(
        { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "crypto", coin: COIN },
        token ? { token } : {},
      );
      expect(created.status).toBe(200);
      expect((await as("POST", `/api/admin/orders/${created.body.order.id}/confirm`, { note: "seen on chain" })).status).toBe(200);
      return created.body.order.id as string;
    };
    // The default: recorded only (the operator sent the coins back on chain).
    const outside = await confirmed(buyer.token);
    expect((await as("POST", `/api/admin/orders/${outside}/refund`, {})).body).toMatchObject({ changed: true, credited: null });
    expect((await balances(buyer.id)).cny).toBe(0n);
    // To the balance: the order's CNY amount, once for two clicks.
    const toBalance = await confirmed(buyer.token);
    const clicks = await Promise.all([0, 1].map(() => as("POST", `/api/admin/orders/${toBalance}/refund`, { to: "balance" })));
    expect(clicks.filter((click) => click.body.changed)).toHaveLength(1);
    expect(clicks.find((click) => click.body.changed)!.body.credited).toEqual({ currency: "CNY", amount: 12.5 });
    expect(await balances(buyer.id)).toMatchObject({ cny: 1_250n, ledgerCny: 1_250n });
    // A guest has no balance: refused, and the order stays completed.
    const guest = await confirmed();
    const refused = await as("POST", `/api/admin/orders/${guest}/refund`, { to: "balance" });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/no balance/);
    expect((await db.order.findUniqueOrThrow({ where: { id: guest } })).status).toBe("completed");
  });

  it("refund of a paid order that will not be delivered: a guest's late payment is recorded as refunded; a credited one is refused", async () => {
    const product = await makeProduct({ stock: 2, priceFen: 900n });
    const paidLate = async (token?: string, email = `late-${randomUUID().slice(0, 8)}@example.com`) => {
      const created = await createOrder(
        { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "crypto", coin: COIN },
        token ? { token } : {},
      );
      expect(created.status).toBe(200);
      const id = created.body.order.id as string;
      await expire(id);
      // Its item went back on sale at expiry and was sold meanwhile.
      await db.stockItem.deleteMany({ where: { productId: product.id, status: "available" } });
      expect((await as("POST", `/api/admin/orders/${id}/confirm`, { note: "paid late" })).body).toMatchObject({
        outcome: "paid_undelivered",
      });
      return id;
    };
    const guest = await paidLate();
    expect(await db.order.findUniqueOrThrow({ where: { id: guest } })).toMatchObject({ status: "paid", paymentFlag: "late_undelivered" });
    const detail = answers.order.parse((await as("GET", `/api/admin/orders/${guest}`)).body).order;
    expect(detail.payment_flag).toBe("late_undelivered");
    // A guest has no balance to credit: refused, nothing changed.
    const toBalance = await as("POST", `/api/admin/orders/${guest}/refund`, { to: "balance" });
    expect(toBalance.status).toBe(400);
    expect(toBalance.body.error).toMatch(/no balance/);
    expect((await db.order.findUniqueOrThrow({ where: { id: guest } })).status).toBe("paid");
    // Recorded as refunded outside the shop, once for two clicks, audited from paid.
    const clicks = await Promise.all([0, 1].map(() => as("POST", `/api/admin/orders/${guest}/refund`, { note: "sent back on chain" })));
    for (const click of clicks) answers.refunded.parse(click.body);
    expect(clicks.map((click) => click.body.changed).sort()).toEqual([false, true]);
    expect(clicks.find((click) => click.body.changed)!.body.credited).toBeNull();
    // The flag asked for this refund: it is resolved with it, and leaves the open flagged payments.
    expect(await db.order.findUniqueOrThrow({ where: { id: guest } })).toMatchObject({
      status: "refunded",
      paymentFlag: "late_undelivered",
      paymentFlagNote: REFUND_RESOLUTION_NOTE,
      paymentFlagResolvedAt: expect.any(Date),
    });
    const open = paymentAnswers.flagged.parse((await as("GET", "/api/admin/payments/flagged?limit=100")).body).payments;
    expect(open.some((payment) => payment.id === guest)).toBe(false);
    const entries = (await auditsOf(guest)).filter((entry) => entry.action === "order.refund");
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.before!)).toEqual({ status: "paid" });

    // A buyer with an account already has the order's value on the USDT balance: no second refund.
    await importStock(product.id, [`restocked-${randomUUID().slice(0, 8)}@example.com----pw`]);
    const buyer = await makeUser();
    const credited = await paidLate(buyer.token, buyer.email);
    expect(await db.order.findUniqueOrThrow({ where: { id: credited } })).toMatchObject({ status: "paid", paymentFlag: "late_credited" });
    const before = await balances(buyer.id);
    for (const json of [{}, { to: "balance" }]) {
      const refused = await as("POST", `/api/admin/orders/${credited}/refund`, json);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/already on the buyer's USDT balance/);
    }
    expect(await balances(buyer.id)).toEqual(before);
    expect(await db.order.findUniqueOrThrow({ where: { id: credited } })).toMatchObject({ status: "paid", paymentFlagResolvedAt: null });
  });

  it("refund of an order paid in time whose delivery fell short puts the items it still held back on sale", async () => {
    const product = await makeProduct({ stock: 3, priceFen: 400n });
    const created = await createOrder({
      productId: product.id,
      quantity: 2,
      contactEmail: "short@example.com",
      paymentMethod: "crypto",
      coin: COIN,
    });
    expect(created.status).toBe(200);
    const id = created.body.order.id as string;
    // One of its two reserved items is removed before the payment comes.
    const reserved = await db.stockItem.findMany({ where: { orderId: id }, orderBy: { id: "asc" } });
    expect(reserved).toHaveLength(2);
    await db.stockItem.delete({ where: { id: reserved[0]!.id } });
    expect((await as("POST", `/api/admin/orders/${id}/confirm`, { note: "seen" })).body).toMatchObject({ outcome: "paid_undelivered" });
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 1, sold: 0 });
    // Not a completed order: resending a delivery mail or cancelling is refused; refunding is not.
    expect((await as("POST", `/api/admin/orders/${id}/cancel`)).status).toBe(400);
    const refunded = answers.refunded.parse((await as("POST", `/api/admin/orders/${id}/refund`, { note: "could not deliver" })).body);
    expect(refunded).toMatchObject({ status: "refunded", changed: true, credited: null });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
    expect(await db.stockItem.count({ where: { orderId: id } })).toBe(0);
  });
});
