// Mail, end to end: orders made through a server instance with SMTP configured, mail received
// by a real SMTP server on 127.0.0.1 (tests/fakes/smtp.ts) and parsed back from the wire.
// Each mail in both languages; SMTP down then up; 451 and 550 answers; the deadline; no SMTP.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { api, createOrder } from "../support/api";
import { useOwnEnvironment } from "../support/own-environment";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { startServer, type RunningServer } from "../support/server";
import { FakeSmtp, UNKNOWN_MAILBOX_DOMAIN, type ReceivedMail } from "../fakes/smtp";
import { MAIL_SENDER, mailServerEnv, mailTo, waitForOutbox } from "../support/mail";
import { outboxSchema } from "@/lib/api/notification-schemas";
import { decrypt, encrypt } from "@/lib/crypto/secret-box";

const COIN = "trc20_usdt";
const smtp = new FakeSmtp({ sender: MAIL_SENDER });
let server: RunningServer;
let base: string;
let adminToken: string;

beforeAll(async () => {
  await smtp.start();
  server = await startServer((baseUrl) => mailServerEnv(smtp, baseUrl));
  base = server.baseUrl;
  adminToken = (await makeUser({ role: "admin" })).token;
  await enableCoin(COIN, "TMailTestReceivingAddress000000001", base);
});
afterAll(async () => {
  await server?.stop();
  await smtp.stop();
  expect(server.log()).not.toMatch(/unhandled error/);
});

const buyer = () => `buyer-${randomUUID().slice(0, 8)}@example.com`;
const to = (address: string) => (mail: ReceivedMail) => mail.to.includes(address);

async function cryptoOrder(options: { email?: string; headers?: Record<string, string>; locale?: string } = {}) {
  const product = await makeProduct({ priceFen: BigInt(randomInt(500, 50_000)), stock: 3 });
  const email = options.email ?? buyer();
  const created = await createOrder(
    {
      productId: product.id,
      quantity: 1,
      contactEmail: email,
      paymentMethod: "crypto",
      coin: COIN,
      ...(options.locale ? { locale: options.locale } : {}),
    },
    { base, headers: options.headers },
  );
  expect(created.status).toBe(200);
  return { product, email, order: created.body.order, payment: created.body.payment, token: created.body.access_token as string };
}

const outboxRow = (orderId: string, kind: string) => db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: `${kind}:${orderId}` } });

describe("order mails", () => {
  it("an unpaid order's mail says what to pay, how, until when, with the status link (English by Accept-Language)", async () => {
    const { product, email, order, payment, token } = await cryptoOrder({ headers: { "accept-language": "en-GB,en;q=0.9,zh;q=0.5" } });
    const [mail] = await mailTo(smtp, email);
    const link = `${base}/en/orders/${order.id}?token=${token}`;
    expect(mail!.subject).toBe(`Order ${order.order_no}: awaiting payment`);
    expect(mail!.from).toBe("shop@stockline.test");
    for (const part of [mail!.text, mail!.html]) {
      expect(part).toContain(payment.address);
      expect(part).toContain(`${payment.amount} USDT`);
      expect(part).toContain("TRON");
      expect(part).toContain(product.nameEn);
      expect(part).toContain("China Standard Time");
    }
    expect(mail!.text).toContain(link);
    expect(mail!.html).toContain(`href="${link}"`);
    expect(mail!.html).toContain('<html lang="en">');
    // The deadline in the mail is the order's own expiry, in Beijing time.
    const expiry = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(
      new Date(order.expires_at),
    );
    expect(mail!.text).toContain(`Please pay by ${expiry}`);
    // The SMTP server has the mail a moment before the outbox records it as sent.
    const row = await waitForOutbox(`order_created:${order.id}`, (mail) => mail.status !== "pending");
    expect(mail!.messageId).toBe(`<${row.id}@stockline.test>`);
    expect(row).toMatchObject({ status: "sent", locale: "en", kind: "order_created", attempts: 1 });
    expect(row.content).not.toContain(token);
    // The status link in the mail works.
    const status = await api(`/api/orders/${order.id}/status?token=${token}`, { base });
    expect(status.status).toBe(200);
  });

  it("is in Chinese by default and when the order names zh, and the delivery mail follows the order's language", async () => {
    const { product, email, order, token } = await cryptoOrder({ locale: "zh", headers: { "accept-language": "en" } });
    const [created] = await mailTo(smtp, email);
    expect(created!.subject).toBe(`订单 ${order.order_no} 待支付`);
    expect(created!.text).toContain(product.nameZh);
    expect(created!.text).toContain("北京时间");
    expect(created!.html).toContain('<html lang="zh-CN">');
    expect(created!.text).toContain(`${base}/zh/orders/${order.id}?token=${token}`);

    const confirmed = await api(`/api/admin/orders/${order.id}/confirm`, { method: "POST", token: adminToken, base });
    expect(confirmed.status).toBe(200);
    const [, delivered] = await mailTo(smtp, email, 2);
    expect(delivered!.subject).toBe(`订单 ${order.order_no} 已发货`);
    expect(delivered!.text).toContain(`${base}/zh/orders/${order.id}?token=${token}`);
    expect(delivered!.text).toContain("商品内容请在订单页面查看");
    // The items are not in the mail: MAIL_INCLUDE_ITEMS is off.
    const items = await db.stockItem.findMany({ where: { orderId: order.id } });
    expect(items).toHaveLength(1);
    const lookup = await api(`/api/orders/${order.id}/status?token=${token}`, { base });
    for (const account of lookup.body.accounts) expect(delivered!.raw).not.toContain(account.raw);

    const plain = await cryptoOrder({ email: buyer() });
    const [zhDefault] = await mailTo(smtp, plain.email);
    expect(zhDefault!.subject).toBe(`订单 ${plain.order.order_no} 待支付`);
  });

  it("a balance order, paid and delivered at once, gets only the delivery mail", async () => {
    const user = await makeUser({ balanceFen: 100_000n });
    const product = await makeProduct({ stock: 2 });
    const email = buyer();
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "balance_cny", locale: "en" },
      { base, token: user.token },
    );
    expect(created.status).toBe(200);
    const [mail] = await mailTo(smtp, email);
    expect(mail!.subject).toBe(`Order ${created.body.order.order_no} delivered`);
    expect(mail!.text).toContain(`${base}/en/orders/${created.body.order.id}?token=${created.body.access_token}`);
    expect(mail!.raw).not.toContain(created.body.accounts[0].raw);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter(to(email))).toHaveLength(1);
    expect(await db.mailOutbox.count({ where: { dedupeKey: `order_created:${created.body.order.id}` } })).toBe(0);
  });
});

describe("the operator's resend", () => {
  it("sends a completed order's delivery mail again, once per key, as a new message", async () => {
    const user = await makeUser({ balanceFen: 100_000n });
    const product = await makeProduct({ stock: 2 });
    const email = buyer();
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "balance_cny", locale: "zh" },
      { base, token: user.token },
    );
    expect(created.status).toBe(200);
    const [first] = await mailTo(smtp, email);
    const resend = (key: string) =>
      api(`/api/admin/orders/${created.body.order.id}/resend-delivery-email`, { base, token: adminToken, json: { key } });
    const answer = await resend("click-0001");
    expect(answer.body).toEqual({ success: true, queued: true, key: "click-0001", to: email, mail_status: "pending" });
    expect((await resend("click-0001")).body).toMatchObject({ success: true, queued: false });
    const [, again] = await mailTo(smtp, email, 2);
    expect(again!.subject).toBe(first!.subject);
    expect(again!.text).toContain(`${base}/zh/orders/${created.body.order.id}?token=${created.body.access_token}`);
    expect(again!.messageId).not.toBe(first!.messageId);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter(to(email))).toHaveLength(2);
    // The order page says so, once the outbox has the mail as sent.
    await vi.waitFor(
      async () => {
        const html = await (await fetch(`${base}/en/orders/${created.body.order.id}?token=${created.body.access_token}`)).text();
        expect(html.match(/data-testid="confirmation-email">([^<]*)</)?.[1]).toBe(`A confirmation email was sent to ${email}.`);
      },
      { timeout: 10_000, interval: 300 },
    );
  });
});

describe("the top-up mail", () => {
  it("goes out in the language given, with the amount and the balance", async () => {
    // The top-up flow enqueues it in its own transaction; here as an instance with SMTP would.
    useOwnEnvironment(mailServerEnv(smtp, base));
    const { transaction } = await import("@/lib/db");
    const { enqueueTopupCreditedMail } = await import("@/lib/mail/templates/topup-credited");
    const [zh, en] = [buyer(), buyer()];
    const topups = [randomUUID(), randomUUID()];
    await transaction(async (tx) => {
      await enqueueTopupCreditedMail(tx, {
        topupId: topups[0]!,
        to: zh,
        locale: "zh",
        currency: "CNY",
        amount: 5_000n,
        balanceAfter: 12_000n,
      });
      await enqueueTopupCreditedMail(tx, {
        topupId: topups[1]!,
        to: en,
        locale: "en",
        currency: "USDT",
        amount: 25_000_000n,
        balanceAfter: 25_000_000n,
      });
      // Crediting the same top-up again cannot mail twice.
      await enqueueTopupCreditedMail(tx, {
        topupId: topups[0]!,
        to: zh,
        locale: "zh",
        currency: "CNY",
        amount: 5_000n,
        balanceAfter: 17_000n,
      });
    });
    const [zhMail] = await mailTo(smtp, zh);
    expect(zhMail!.subject).toBe("充值 ¥50.00 已到账");
    expect(zhMail!.text).toContain("当前余额：¥120.00");
    expect(zhMail!.text).toContain(`${base}/zh/account`);
    const [enMail] = await mailTo(smtp, en);
    expect(enMail!.subject).toBe("Top-up of 25.00 USDT credited");
    expect(enMail!.html).toContain(`href="${base}/en/account"`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter(to(zh))).toHaveLength(1);
  });
});

describe("the outbox", () => {
  it("holds mail while SMTP is down and delivers every one exactly once when it is back", async () => {
    await smtp.stop();
    const orders = await Promise.all([cryptoOrder({ locale: "en" }), cryptoOrder({ locale: "zh" }), cryptoOrder({ locale: "en" })]);
    // Each mail is tried, fails, and waits for its next try.
    for (const { order } of orders) {
      await waitForOutbox(`order_created:${order.id}`, (row) => row.attempts >= 2 && row.status === "pending" && Boolean(row.lastError));
    }
    await smtp.start();
    smtp.failTemporarily(1); // and one more 451 on the way back up
    for (const { email } of orders) await mailTo(smtp, email);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const { email, order } of orders) {
      expect(smtp.received.filter(to(email))).toHaveLength(1);
      const row = await waitForOutbox(`order_created:${order.id}`, (mail) => mail.status !== "pending");
      expect(row.status).toBe("sent");
      expect(row.attempts).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives up at once on a mailbox the server refuses (550), and drops mail past its deadline unsent", async () => {
    const refused = await cryptoOrder({ email: `nobody-${randomUUID().slice(0, 8)}@${UNKNOWN_MAILBOX_DOMAIN}` });
    const row = await waitForOutbox(`order_created:${refused.order.id}`, (mail) => mail.status !== "pending");
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.lastError).toMatch(/550/);

    await smtp.stop();
    const late = await cryptoOrder();
    await waitForOutbox(`order_created:${late.order.id}`, (mail) => mail.attempts >= 1);
    // Its order expired while SMTP was down: nobody should be asked to pay it now.
    await db.mailOutbox.update({
      where: { dedupeKey: `order_created:${late.order.id}` },
      data: { deadlineAt: new Date(Date.now() - 1000) },
    });
    await smtp.start();
    const dropped = await waitForOutbox(`order_created:${late.order.id}`, (mail) => mail.status !== "pending");
    expect(dropped.status).toBe("expired");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter(to(late.email))).toHaveLength(0);
  });

  it("records mail as skipped where SMTP is not configured, and never sends it once SMTP is", async () => {
    const product = await makeProduct({ stock: 2 });
    const user = await makeUser({ balanceFen: 10_000n });
    const email = buyer();
    // The suite's own server has no SMTP_URL.
    const created = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: email, paymentMethod: "balance_cny" },
      { token: user.token },
    );
    expect(created.status).toBe(200);
    const row = await outboxRow(created.body.order.id, "order_delivered");
    expect(row).toMatchObject({ status: "skipped", lastError: "SMTP_URL is not configured" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.filter(to(email))).toHaveLength(0);
    expect((await outboxRow(created.body.order.id, "order_delivered")).status).toBe("skipped");
  });

  it("keeps the mail's document, sealed, and writes it out when sending; rows queued in the rendered form still go out", async () => {
    const { email, order } = await cryptoOrder({ locale: "en" });
    const row = await waitForOutbox(`order_created:${order.id}`, (mail) => mail.status === "sent");
    // The order's commit carries the document, a third of its sealed text and HTML or less.
    const kept = JSON.parse(decrypt(row.content));
    expect(Object.keys(kept)).toEqual(["doc"]);
    expect(kept.doc).toMatchObject({ locale: "en", subject: row.subject });
    const [sent] = await mailTo(smtp, email);
    expect(sent!.html).toContain(order.order_no);
    expect(sent!.text).toContain(order.order_no);
    expect(row.content.length).toBeLessThan(encrypt(JSON.stringify({ text: sent!.text, html: sent!.html })).length / 3);

    // A row written by an older version of the shop, still pending when the new one starts.
    const oldEmail = buyer();
    const dedupeKey = `password_reset:${randomUUID()}`;
    await db.mailOutbox.create({
      data: {
        dedupeKey,
        kind: "password_reset",
        locale: "en",
        toAddress: oldEmail,
        subject: "Rendered before the upgrade",
        content: encrypt(JSON.stringify({ text: "Plain body from the old row\n", html: "<p>HTML body from the old row</p>" })),
        status: "pending",
        nextAttemptAt: new Date(),
        deadlineAt: new Date(Date.now() + 60_000),
      },
    });
    const [old] = await mailTo(smtp, oldEmail);
    expect(old).toMatchObject({ subject: "Rendered before the upgrade", text: "Plain body from the old row\n" });
    expect(old!.html).toContain("<p>HTML body from the old row</p>");
    expect((await waitForOutbox(dedupeKey, (mail) => mail.status !== "pending")).status).toBe("sent");
  });

  it("is visible to the operator through GET /api/admin/outbox, without mail bodies", async () => {
    const { order, token } = await cryptoOrder({ locale: "en" });
    await waitForOutbox(`order_created:${order.id}`, (mail) => mail.status === "sent");
    const listed = await api("/api/admin/outbox?kind=order_created&limit=200", { token: adminToken, base });
    expect(listed.status).toBe(200);
    outboxSchema.parse(listed.body);
    expect(listed.body.smtp_configured).toBe(true);
    const entry = listed.body.mail.find((mail: { subject: string }) => mail.subject.includes(order.order_no));
    expect(entry).toMatchObject({ kind: "order_created", locale: "en", status: "sent", attempts: 1, last_error: null });
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.counts.sent).toBeGreaterThan(0);
    expect(listed.body.counts.skipped).toBeGreaterThan(0);

    const bad = await api("/api/admin/outbox?status=lost", { token: adminToken, base });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("status: must be one of: pending, sent, failed, expired, skipped");
    expect((await api("/api/admin/outbox", { base })).status).toBe(401);
    expect((await api("/api/admin/outbox", { base, token: (await makeUser()).token })).status).toBe(403);
  });
});
