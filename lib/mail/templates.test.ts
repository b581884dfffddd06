import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/env.ts is read once, on first import: set the mail settings, then import fresh.
type Templates = {
  delivered: typeof import("./templates/order-delivered");
  topup: typeof import("./templates/topup-credited");
  reset: typeof import("./templates/password-reset");
  webhook: typeof import("./templates/webhook-disabled");
  render: typeof import("./render");
};
async function load(env: Record<string, string>): Promise<Templates> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return {
    delivered: await import("./templates/order-delivered"),
    topup: await import("./templates/topup-credited"),
    reset: await import("./templates/password-reset"),
    webhook: await import("./templates/webhook-disabled"),
    render: await import("./render"),
  };
}

const order = (locale: "zh" | "en") => ({
  id: "0b7a2a5e-8d8e-4b8e-9a55-2d5b7f0e0c11",
  orderNo: "GS2612021234ABCD",
  quantity: 2,
  amountFen: 12_345n,
  contactEmail: "buyer@example.com",
  locale,
});
const items = ["user@example.com----p<a>ss----x", "second----line"];

let t: Templates;
// Importing the templates afresh takes a while on a loaded machine.
const IMPORT_TIMEOUT_MS = 60_000;
beforeAll(async () => {
  t = await load({ SITE_URL: "https://shop.example.com", MAIL_INCLUDE_ITEMS: "false", SUPPORT_EMAIL: "help@example.com" });
}, IMPORT_TIMEOUT_MS);
afterAll(() => vi.unstubAllEnvs());

describe("the delivery mail", () => {
  it("links to the status page and keeps the items out unless the operator enables them", () => {
    const doc = t.delivered.orderDeliveredMail({ order: order("en"), productName: "Mailbox", accessToken: "slo_token", items });
    const mail = t.render.renderMail(doc);
    expect(mail.subject).toBe("Order GS2612021234ABCD delivered");
    expect(mail.text).toContain("https://shop.example.com/en/orders/0b7a2a5e-8d8e-4b8e-9a55-2d5b7f0e0c11?token=slo_token");
    expect(mail.text).toContain("¥123.45");
    expect(mail.text).toContain("help@example.com");
    expect(mail.text).not.toContain("second----line");
    expect(mail.html).not.toContain("second----line");
  });

  it(
    "carries the items, HTML-escaped, when MAIL_INCLUDE_ITEMS is on",
    async () => {
      const withItems = await load({ SITE_URL: "https://shop.example.com", MAIL_INCLUDE_ITEMS: "true" });
      const mail = withItems.render.renderMail(
        withItems.delivered.orderDeliveredMail({ order: order("zh"), productName: "邮箱", accessToken: "slo_token", items }),
      );
      expect(mail.subject).toBe("订单 GS2612021234ABCD 已发货");
      expect(mail.text).toContain("  user@example.com----p<a>ss----x\n  second----line");
      expect(mail.html).toContain("user@example.com----p&lt;a&gt;ss----x\nsecond----line");
      expect(mail.html).not.toContain("<a>ss");
    },
    IMPORT_TIMEOUT_MS,
  );

  it("links to the lookup page for an order whose token was never kept", () => {
    const mail = t.render.renderMail(
      t.delivered.orderDeliveredMail({ order: order("zh"), productName: "邮箱", accessToken: null, items: [] }),
    );
    expect(mail.text).toContain("https://shop.example.com/zh/orders/lookup");
    expect(mail.text).not.toContain("token=");
  });
});

describe("the top-up and password reset mails", () => {
  it("say the credited amount and the balance, in both languages", () => {
    const mail = (locale: "zh" | "en", currency: "CNY" | "USDT", amount: bigint, balanceAfter: bigint) =>
      t.render.renderMail(t.topup.topupCreditedMail({ topupId: "t1", to: "a@example.com", locale, currency, amount, balanceAfter }));
    const zh = mail("zh", "CNY", 10_000n, 25_050n);
    expect(zh.subject).toBe("充值 ¥100.00 已到账");
    expect(zh.text).toContain("当前余额：¥250.50");
    expect(zh.text).toContain("https://shop.example.com/zh/account");
    const en = mail("en", "USDT", 12_500_000n, 20_000_001n);
    expect(en.subject).toBe("Top-up of 12.50 USDT credited");
    expect(en.text).toContain("Balance now: 20.000001 USDT");
    expect(en.html).toContain('<html lang="en">');
  });

  it("carry a single-use link that expires, in both languages", () => {
    const reset = (locale: "zh" | "en") =>
      t.render.renderMail(
        t.reset.passwordResetMail({ resetId: "r1", to: "a@example.com", locale, token: "slr_abc", expiresAt: new Date(), ttlMinutes: 60 }),
      );
    expect(reset("zh").subject).toBe("重置您的 Stockline 密码");
    expect(reset("zh").text).toContain("https://shop.example.com/zh/reset-password?token=slr_abc");
    expect(reset("zh").text).toContain("60 分钟内有效");
    expect(reset("en").text).toContain("https://shop.example.com/en/reset-password?token=slr_abc");
    expect(reset("en").text).toContain("for 60 minutes");
  });
});

describe("the operator's notice of a disabled webhook endpoint", () => {
  it("names the endpoint without its query (where receivers keep secrets), the reason, and links to it in the console", () => {
    const notice = (locale: "zh" | "en") =>
      t.render.renderMail(
        t.webhook.webhookDisabledMail({
          endpointId: "e1",
          url: "https://hooks.example.net/in/stockline?key=s3cret",
          reason: "disabled automatically: every delivery failed for 3 days (last: HTTP 503)",
          disabledAt: new Date(),
          to: "operator@example.com",
          locale,
        }),
      );
    for (const locale of ["zh", "en"] as const) {
      const mail = notice(locale);
      expect(mail.text).toContain("https://hooks.example.net/in/stockline");
      expect(mail.text + mail.html + mail.subject).not.toContain("s3cret");
      expect(mail.text).toContain("(last: HTTP 503)");
      expect(mail.text).toContain(`https://shop.example.com/${locale}/admin/webhooks/e1`);
    }
    expect(notice("zh").subject).toBe("Webhook 端点 hooks.example.net 已被停用");
    expect(notice("en").subject).toBe("Webhook endpoint hooks.example.net disabled");
  });
});
