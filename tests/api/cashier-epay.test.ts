// EPay (易支付) end to end against a fake gateway that speaks the real protocol and checks
// signatures: order -> mapi.php -> signed GET notify -> delivery, and every way a notify
// can be wrong, late, missing or repeated; provider down and slow; refunds.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, makeProduct, makeUser, stockCounts, balances } from "../support/fixtures";
import { startShop, eventually, logShows, type Shop } from "../support/shop";
import { startFakeEpay, type FakeEpay } from "../fakes/epay";
import { deliverNotify } from "../fakes/fake-http";
import { postEndlessBody } from "../support/endless-body";
import { expireOrder } from "@/lib/orders/expire-orders";
import { FakeWebhookReceiver } from "../fakes/webhook-receiver";
import { enrolTwoFactor, makeAdmin, totpCode, webSignIn } from "../support/admin";
import { serverActionId } from "../support/server-actions";
import { postAction } from "../support/post-action";

// A fresh contact email per order: open unpaid orders are limited per email (5), and the suite shares one database.
const buyerEmail = () => `buyer-${randomUUID().slice(0, 8)}@example.com`;

let shop: Shop;
let epay: FakeEpay;

beforeAll(async () => {
  epay = await startFakeEpay();
  shop = await startShop(() => ({ EPAY_URL: epay.baseUrl, EPAY_PID: epay.pid, EPAY_KEY: epay.key, CASHIER_RECONCILE_SECONDS: "1" }));
});
afterAll(async () => {
  await shop?.stop();
  await epay?.close();
  expect(shop.log()).not.toMatch(/unhandled error/);
  // Rail credentials never reach the log.
  expect(shop.log()).not.toContain(epay.key);
});

async function order(paymentMethod: "alipay" | "wechat", options: { productId?: string; token?: string; priceFen?: bigint } = {}) {
  const productId = options.productId ?? (await makeProduct({ stock: 5, priceFen: options.priceFen ?? 1234n })).id;
  const created = await shop.call<Record<string, any>>("/api/orders/create", {
    json: { productId, quantity: 1, contactEmail: buyerEmail(), paymentMethod },
    token: options.token,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const body = created.body as {
    order: { id: string; order_no: string; contact_email: string };
    payment: Record<string, unknown>;
    access_token: string;
  };
  return { productId, ...body, orderNo: body.order.order_no, id: body.order.id };
}

const orderRow = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
const events = (orderId: string) => db.paymentEvent.findMany({ where: { orderId } });
const notifyUrl = () => `${shop.baseUrl}/api/payments/epay/notify`;

describe("EPay rail", () => {
  it("turns alipay and wechat on in /api/payment-config", async () => {
    const config = await shop.call("/api/payment-config");
    expect(config.body.methods.alipay).toEqual({ enabled: true });
    expect(config.body.methods.wechat).toEqual({ enabled: true });
  });

  it("happy path: mapi.php opens the trade, the signed notify delivers the order once", async () => {
    const created = await order("alipay");
    expect(created.payment).toMatchObject({
      method: "alipay",
      paid: false,
      pay_url: expect.stringContaining(`${epay.baseUrl}/pay/`),
      qr_code: expect.any(String),
    });
    const trade = epay.trades.get(created.orderNo)!;
    expect(trade).toMatchObject({
      type: "alipay",
      money: "12.34",
      notifyUrl: notifyUrl(),
      returnUrl: `${shop.baseUrl}/orders/${created.id}`,
    });
    expect(await stockCounts(created.productId)).toEqual({ available: 4, reserved: 1, sold: 0 });

    expect(await epay.pay(created.orderNo)).toEqual({ status: 200, text: "success" });
    const status = await shop.call(`/api/orders/${created.id}/status?token=${created.access_token}`);
    expect(status.body).toMatchObject({ status: "completed", paid: true, delivered: true });
    expect(status.body.accounts).toHaveLength(1);
    expect(await events(created.id)).toMatchObject([
      { source: "epay", eventKey: `epay:${trade.tradeNo}`, amount: "1234", outcome: "delivered" },
    ]);
    expect(await stockCounts(created.productId)).toEqual({ available: 4, reserved: 0, sold: 1 });
  });

  it("the order lookup shows how to pay a pending cashier order, and the status without a token hides it", async () => {
    const created = await order("alipay");
    const found = await shop.call(`/api/orders/query?order_no=${created.orderNo}&email=${created.order.contact_email}`);
    expect(found.body.payment).toEqual(created.payment);
    const bare = await shop.call(`/api/orders/${created.id}/status`);
    expect(bare.body).toEqual({ success: true, status: "pending", paid: false, delivered: false, expires_at: expect.any(String) });
  });

  it("wechat goes to the gateway as type wxpay", async () => {
    const created = await order("wechat");
    expect(epay.trades.get(created.orderNo)!.type).toBe("wxpay");
    expect(await epay.pay(created.orderNo)).toEqual({ status: 200, text: "success" });
    expect((await orderRow(created.id)).status).toBe("completed");
  });

  it("a duplicated notify is acknowledged and changes nothing", async () => {
    const created = await order("alipay");
    await epay.pay(created.orderNo);
    const again = await Promise.all([1, 2, 3].map(() => deliverNotify(`${notifyUrl()}?${epay.notifyParams(created.orderNo)}`)));
    expect(again.map((answer) => answer.text)).toEqual(["success", "success", "success"]);
    expect(await events(created.id)).toHaveLength(1);
    expect(await stockCounts(created.productId)).toEqual({ available: 4, reserved: 0, sold: 1 });
  });

  it("a notify replayed onto another order changes nothing", async () => {
    const paid = await order("alipay");
    const other = await order("alipay", { productId: paid.productId });
    await epay.pay(paid.orderNo);
    // The paid order's notify with the other order's number: the signature no longer matches.
    const tampered = await deliverNotify(
      `${notifyUrl()}?${epay.notifyParams(paid.orderNo, {}, { tamper: { out_trade_no: other.orderNo } })}`,
    );
    expect(tampered.text).toBe("fail");
    // Even re-signed (a leaked key, a gateway bug): one trade number never pays two orders.
    const resigned = await deliverNotify(`${notifyUrl()}?${epay.notifyParams(paid.orderNo, { out_trade_no: other.orderNo })}`);
    expect(resigned.text).toBe("fail");
    expect((await orderRow(other.id)).status).toBe("pending");
    expect(await events(other.id)).toHaveLength(0);
    await logShows(shop, "this trade already paid another order or top-up");
  });

  it("refuses a bad signature, a missing one, a wrong amount and another merchant's pid", async () => {
    const created = await order("alipay");
    epay.trades.get(created.orderNo)!.paid = true;
    const cases = [
      epay.notifyParams(created.orderNo, {}, { key: "not-the-key" }),
      epay.notifyParams(created.orderNo, {}, { tamper: { sign: "" } }),
      epay.notifyParams(created.orderNo, {}, { tamper: { money: "0.01" } }),
      epay.notifyParams(created.orderNo, { money: "0.01" }),
      epay.notifyParams(created.orderNo, { pid: "1" }),
    ];
    for (const params of cases) expect((await deliverNotify(`${notifyUrl()}?${params}`)).text).toBe("fail");
    expect((await orderRow(created.id)).status).toBe("pending");
    expect(await events(created.id)).toHaveLength(0);
    for (const reason of ["bad signature", "no signature", "paid amount differs", "another merchant's pid"]) await logShows(shop, reason);
  });

  it("a notify body that goes on past the limit is refused at the limit, not read to its end", async () => {
    // Over the 64 KB a notify may have.
    const answer = await postEndlessBody(new URL(notifyUrl()), "application/x-www-form-urlencoded", 70_000);
    expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
    expect(answer).toContain("\r\nfail");
    await logShows(shop, "body too large");
  });

  it("a notify that is not TRADE_SUCCESS is acknowledged and ignored", async () => {
    const created = await order("alipay");
    const answer = await deliverNotify(`${notifyUrl()}?${epay.notifyParams(created.orderNo, { trade_status: "WAIT_BUYER_PAY" })}`);
    expect(answer.text).toBe("success");
    expect((await orderRow(created.id)).status).toBe("pending");
  });

  it("a late notify delivers when the items can be reserved again", async () => {
    const created = await order("alipay");
    await db.order.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await expireOrder(created.id)).toBe(true);
    expect(await epay.pay(created.orderNo)).toEqual({ status: 200, text: "success" });
    expect((await orderRow(created.id)).status).toBe("completed");
    expect(await stockCounts(created.productId)).toEqual({ available: 4, reserved: 0, sold: 1 });
  });

  it("a late notify with the stock gone: a shopper's money goes to the CNY balance once, a guest's is kept for the operator", async () => {
    const user = await makeUser();
    const product = await makeProduct({ stock: 1, priceFen: 500n });
    const mine = await order("alipay", { productId: product.id, token: user.token });
    await db.order.update({ where: { id: mine.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrder(mine.id);
    // Someone else buys the last item meanwhile.
    const rival = await order("alipay", { productId: product.id });
    await epay.pay(rival.orderNo);

    expect(await epay.pay(mine.orderNo)).toEqual({ status: 200, text: "success" });
    expect((await deliverNotify(`${notifyUrl()}?${epay.notifyParams(mine.orderNo)}`)).text).toBe("success");
    // Expired, undelivered, flagged for the operator once (the repeated notify changes nothing).
    expect(await orderRow(mine.id)).toMatchObject({ status: "expired", paymentFlag: "paid_after_close" });
    expect(await events(mine.id)).toMatchObject([{ outcome: "not_payable" }]);
    const after = await balances(user.id);
    expect(after.cny).toBe(500n);
    expect(after.ledgerCny).toBe(after.cny);

    const guestProduct = await makeProduct({ stock: 1, priceFen: 300n });
    const guest = await order("wechat", { productId: guestProduct.id });
    await db.order.update({ where: { id: guest.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrder(guest.id);
    await db.stockItem.deleteMany({ where: { productId: guestProduct.id } });
    expect(await epay.pay(guest.orderNo)).toEqual({ status: 200, text: "success" });
    expect(await events(guest.id)).toMatchObject([{ outcome: "not_payable" }]);
    expect((await orderRow(guest.id)).paymentFlag).toBe("paid_after_close");
    await logShows(shop, `payment for ${guest.orderNo} arrived after the order closed: needs a refund by the operator`);
  });

  it("a missed notify is recovered by querying api.php while the payment page polls", async () => {
    const created = await order("alipay");
    await epay.pay(created.orderNo, { notify: false });
    const done = await eventually(
      () => shop.call(`/api/orders/${created.id}/status?token=${created.access_token}`),
      (answer) => answer.body.status === "completed",
    );
    expect(done.body.accounts).toHaveLength(1);
    expect(await events(created.id)).toMatchObject([{ source: "epay", eventKey: `epay:${epay.trades.get(created.orderNo)!.tradeNo}` }]);
    // The notify arriving after all is a duplicate.
    expect((await deliverNotify(`${notifyUrl()}?${epay.notifyParams(created.orderNo)}`)).text).toBe("success");
    expect(await events(created.id)).toHaveLength(1);
  });

  it("a missed notify is recovered by the background reconciliation job", async () => {
    const created = await order("wechat");
    await epay.pay(created.orderNo, { notify: false });
    // Nobody polls this order; the job asks about orders whose notify is a minute overdue.
    await db.order.update({ where: { id: created.id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    await eventually(
      () => orderRow(created.id),
      (row) => row.status === "completed",
    );
    // The job logs once its whole batch is done.
    await eventually(
      async () => shop.log(),
      (log) => /epay: \d+ payment\(s\) recovered by query/.test(log),
    );
  });

  it("the job goes round: a paid order behind more abandoned ones than a batch is recovered too", async () => {
    const created = await order("alipay");
    await epay.pay(created.orderNo, { notify: false });
    await db.order.update({ where: { id: created.id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    // 60 older unpaid EPay orders nobody paid (the gateway has no trade for them): more than
    // one run asks about, all older than the paid one.
    const { id: _id, orderNo: _number, ...template } = await orderRow(created.id);
    const fillers = Array.from({ length: 60 }, (_, i) => ({
      ...template,
      id: randomUUID(),
      orderNo: `GS${randomInt(1_000_000_000, 9_999_999_999)}FILL`,
      createdAt: new Date(Date.now() - 30 * 60_000 + i),
      expiresAt: new Date(Date.now() + 10 * 60_000),
    }));
    await db.order.createMany({ data: fillers });
    try {
      await eventually(
        () => orderRow(created.id),
        (row) => row.status === "completed",
      );
    } finally {
      await db.order.deleteMany({ where: { id: { in: fillers.map((filler) => filler.id) } } });
    }
    expect(await events(created.id)).toHaveLength(1);
  });

  it("provider down or slow: order creation answers 503 and reserves nothing; polling survives", async () => {
    const product = await makeProduct({ stock: 3 });
    const pending = await order("alipay", { productId: product.id });
    for (const mode of ["down", "slow"] as const) {
      epay.mode = mode;
      const started = Date.now();
      const refused = await shop.call("/api/orders/create", {
        json: { productId: product.id, quantity: 1, contactEmail: buyerEmail(), paymentMethod: "alipay" },
      });
      expect(refused.status).toBe(503);
      expect(refused.body).toEqual({
        success: false,
        error: "Payment provider unavailable, please try again later",
        code: "payment_provider_unavailable",
      });
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 1, sold: 0 });
      const polled = await shop.call(`/api/orders/${pending.id}/status?token=${pending.access_token}`);
      expect(polled.body.status).toBe("pending");
    }
    epay.mode = "ok";
    expect(await db.order.count({ where: { productId: product.id } })).toBe(1);
    await logShows(shop, /payment not opened, epay: (unreachable|no answer within 1500 ms)/);
  });

  it("refunds through api.php?act=refund once, or to the buyer's balance when the operator says so", async () => {
    const admin = await makeUser({ role: "admin" });
    const created = await order("alipay");
    await epay.pay(created.orderNo);
    const [first, second] = await Promise.all(
      [1, 2].map(() => shop.call(`/api/admin/orders/${created.id}/refund`, { method: "POST", token: admin.token })),
    );
    // Order actions are idempotent: the one that refunded says so, the other answers changed: false.
    const answers = [first!, second!].sort((a, b) => Number(b.body.changed) - Number(a.body.changed));
    expect(answers[0]).toMatchObject({
      status: 200,
      body: { success: true, status: "refunded", credited: null, provider: "epay", changed: true },
    });
    expect(answers[1]).toMatchObject({ status: 200, body: { success: true, status: "refunded", changed: false } });
    expect(epay.trades.get(created.orderNo)!.refunded).toEqual(["12.34"]);
    expect(await events(created.id)).toMatchObject(
      expect.arrayContaining([expect.objectContaining({ eventKey: `refund:${created.id}`, outcome: "refunded" })]),
    );

    const user = await makeUser();
    const mine = await order("wechat", { token: user.token });
    await epay.pay(mine.orderNo);
    const toBalance = await shop.call(`/api/admin/orders/${mine.id}/refund`, { json: { to: "balance" }, token: admin.token });
    expect(toBalance.body).toMatchObject({ status: "refunded", credited: { currency: "CNY", amount: 12.34 } });
    expect(epay.trades.get(mine.orderNo)!.refunded).toEqual([]);
    const after = await balances(user.id);
    expect([after.cny, after.ledgerCny]).toEqual([1234n, 1234n]);

    const guest = await order("alipay");
    await epay.pay(guest.orderNo);
    const refused = await shop.call(`/api/admin/orders/${guest.id}/refund`, { json: { to: "balance" }, token: admin.token });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: "A guest's order has no balance to refund to; refund it through its provider" },
    });
    const badChoice = await shop.call(`/api/admin/orders/${guest.id}/refund`, { json: { to: "crypto" }, token: admin.token });
    expect(badChoice.status).toBe(400);
    expect((await orderRow(guest.id)).status).toBe("completed");
  });

  it("a refund through the provider tells the operator's webhook order.refunded once, signed", async () => {
    const admin = await makeUser({ role: "admin" });
    const receiver = new FakeWebhookReceiver();
    await receiver.start();
    const registered = await shop.call("/api/admin/webhooks", {
      json: { url: receiver.url, events: ["order.refunded"] },
      token: admin.token,
    });
    expect(registered.status).toBe(200);
    receiver.secrets.push(registered.body.webhook.secret);
    try {
      const created = await order("alipay");
      await epay.pay(created.orderNo);
      const clicks = await Promise.all(
        [1, 2].map(() => shop.call(`/api/admin/orders/${created.id}/refund`, { method: "POST", token: admin.token })),
      );
      expect(clicks.filter((click) => click.body.changed)).toHaveLength(1);
      const isRefund = (event: { type: string; data: { order?: { id: string } } }) =>
        event.type === "order.refunded" && event.data.order?.id === created.id;
      const [refunded] = await receiver.waitFor(isRefund);
      expect(refunded!.data.order).toMatchObject({ id: created.id, status: "refunded" });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(receiver.accepted.filter(isRefund)).toHaveLength(1);
      expect(await db.webhookEvent.count({ where: { type: "order.refunded", body: { contains: created.id } } })).toBe(1);
    } finally {
      await db.webhookEndpoint.deleteMany({ where: { id: registered.body.webhook.id } });
      await receiver.stop();
    }
  });

  it("the console offers where a refund goes when both are possible, and sends it there: the balance or the provider", async () => {
    const admin = await makeAdmin();
    const { secret } = await enrolTwoFactor(admin.id);
    const cookie = (await webSignIn(admin.email, admin.password, totpCode(secret))).join("; ");
    const orderPage = (id: string) => `${shop.baseUrl}/en/admin/orders/${id}`;
    const offersChoice = async (id: string) =>
      (await (await fetch(orderPage(id), { headers: { cookie } })).text()).includes('id="refund-to"');
    const refund = (id: string, to: string) =>
      postAction(orderPage(id), serverActionId("orderAction"), { locale: "en", id, action: "refund", to, note: "buyer asked" }, cookie);

    const user = await makeUser();
    const toBalance = await order("alipay", { token: user.token });
    await epay.pay(toBalance.orderNo);
    const guest = await order("alipay");
    await epay.pay(guest.orderNo);
    // A guest has no balance: the refund can only go back through the provider.
    expect([await offersChoice(toBalance.id), await offersChoice(guest.id)]).toEqual([true, false]);

    expect((await refund(toBalance.id, "balance")).status).toBe(200);
    expect((await orderRow(toBalance.id)).status).toBe("refunded");
    expect(epay.trades.get(toBalance.orderNo)!.refunded).toEqual([]);
    expect(await balances(user.id)).toMatchObject({ cny: 1234n, ledgerCny: 1234n });

    const viaProvider = await order("wechat", { token: user.token });
    await epay.pay(viaProvider.orderNo);
    expect((await refund(viaProvider.id, "provider")).status).toBe(200);
    expect((await orderRow(viaProvider.id)).status).toBe("refunded");
    expect(epay.trades.get(viaProvider.orderNo)!.refunded).toEqual(["12.34"]);
    expect((await balances(user.id)).cny).toBe(1234n);
  });

  it("a refund the gateway does not answer stays refunded, unconfirmed: the operator is told so, and it is audited once", async () => {
    const admin = await makeUser({ role: "admin" });
    const created = await order("alipay");
    await epay.pay(created.orderNo);
    const refund = () => shop.call(`/api/admin/orders/${created.id}/refund`, { method: "POST", token: admin.token });
    epay.mode = "down";
    try {
      const unanswered = await refund();
      expect(unanswered.status).toBe(503);
      expect(unanswered.body.error).toBe("epay did not answer: the refund may have gone through; check it there before refunding again");
    } finally {
      epay.mode = "ok";
    }
    expect((await orderRow(created.id)).status).toBe("refunded");
    expect(await db.paymentEvent.findUnique({ where: { eventKey: `refund:${created.id}` } })).toMatchObject({
      outcome: "refund_unconfirmed",
    });
    // A second click finds it refunded and changes nothing.
    expect((await refund()).body).toMatchObject({ success: true, status: "refunded", changed: false });
    const entries = await db.auditEntry.findMany({ where: { entityId: created.id, action: "order.refund" } });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ status: "refunded", provider: "epay", unconfirmed: true });
  });

  it("a refund the gateway refuses leaves the order completed", async () => {
    const admin = await makeUser({ role: "admin" });
    const created = await order("alipay");
    await epay.pay(created.orderNo);
    epay.trades.get(created.orderNo)!.paid = false; // the gateway no longer knows it as paid
    const refused = await shop.call(`/api/admin/orders/${created.id}/refund`, { method: "POST", token: admin.token });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/^epay refused the refund/);
    expect((await orderRow(created.id)).status).toBe("completed");
    expect(await db.paymentEvent.count({ where: { eventKey: `refund:${created.id}` } })).toBe(0);
  });
});
