// The payment page of a pending crypto order: address, exact amount, QR code and countdown;
// the operator's confirmation turns it into the delivery view without a page load.
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, locales, screenshot } from "./support/pages";
import { pendingCryptoOrder, randomIp } from "./support/orders";
import { confirmAsOperator, operatorPost } from "./support/session";

const text = {
  zh: {
    email: "联系邮箱",
    submit: "提交订单",
    title: "使用 USDT 付款",
    copyAddress: "复制地址",
    copied: "已复制",
    waiting: "正在等待付款，到账后本页会自动更新。",
    completed: "已完成",
    cancelled: "订单已取消",
    expired: "订单已过期",
    orderAgain: "重新购买此商品",
    forbidden: "此链接无效",
  },
  en: {
    email: "Contact email",
    submit: "Place order",
    title: "Pay with USDT",
    copyAddress: "Copy address",
    copied: "Copied",
    waiting: "Waiting for your payment. This page updates by itself once it arrives.",
    completed: "Completed",
    cancelled: "This order was cancelled",
    expired: "This order has expired",
    orderAgain: "Order this product again",
    forbidden: "This link is not valid",
  },
} as const;

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

/** Moves an order's expiry a minute into the past, in the e2e server's own database (time cannot be waited out here). */
function makeOverdue(orderId: string) {
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  try {
    const { expiresAt } = db.prepare(`SELECT "expiresAt" FROM "orders" WHERE "id" = ?`).get(orderId) as { expiresAt: string | number };
    const past = Date.now() - 60_000;
    const changed = db
      .prepare(`UPDATE "orders" SET "expiresAt" = ? WHERE "id" = ?`)
      .run(typeof expiresAt === "number" ? past : new Date(past).toISOString(), orderId);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
}

/** A flag on the window: it survives router.refresh(), a page load would drop it. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
const windowStayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

for (const locale of locales) {
  const t = text[locale];

  test(`buy with crypto, pay, and the items appear without a reload in ${locale}`, async ({ page, context, request }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/${locale}/products/${demo.office}`);
    await page.getByTestId("checkout").getByLabel(t.email).fill(`pay-${Date.now()}@example.com`);
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/orders/[0-9a-f-]{36}\\?token=`));
    const orderId = new URL(page.url()).pathname.split("/").pop()!;

    const payment = page.getByTestId("payment");
    await expect(payment.getByRole("heading", { level: 2 })).toHaveText(t.title);
    await expect(page.getByTestId("pay-network")).toHaveText("TRON · USDT");
    await expect(page.getByTestId("pay-address")).toHaveText(/^T[1-9A-HJ-NP-Za-km-z]{33}$/);
    await expect(page.getByTestId("pay-amount")).toHaveText(/^\d+(\.\d+)?$/);
    await expect(page.getByTestId("pay-qr").locator("svg")).toBeVisible();
    await expect(page.getByTestId("countdown")).toHaveText(/^1[45]:\d{2}$/);
    await expect(page.getByTestId("live-status")).toHaveText(t.waiting);
    await payment.getByRole("button", { name: t.copyAddress }).click();
    await expect(payment.getByRole("button", { name: t.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("pay-address").textContent());
    await expectAccessible(page);
    await screenshot(page, `payment-crypto-${locale}`);

    await markWindow(page);
    await confirmAsOperator(request, orderId);
    await expect(page.getByTestId("delivered-item")).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByTestId("order-status")).toHaveText(t.completed);
    await expect(page.getByTestId("payment")).toHaveCount(0);
    expect(await windowStayed(page)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, `payment-delivered-${locale}`);
  });

  test(`a cancelled order says so, live, and offers the product again in ${locale}`, async ({ page, request }) => {
    const order = await pendingCryptoOrder(request);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    await expect(page.getByTestId("pay-amount")).toHaveText(order.payment.amount);
    await markWindow(page);
    await operatorPost(request, `/api/admin/orders/${order.id}/cancel`);
    const closed = page.getByTestId("order-closed");
    await expect(closed.getByRole("heading")).toHaveText(t.cancelled, { timeout: 15_000 });
    expect(await windowStayed(page)).toBe(true);
    await expect(page.getByTestId("payment")).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, `payment-cancelled-${locale}`);
    await closed.getByRole("link", { name: t.orderAgain }).click();
    await expect(page).toHaveURL(`/${locale}/products/streaming-month`);
  });

  test(`an order past its expiry says so and offers the product again in ${locale}`, async ({ page, request }) => {
    const order = await pendingCryptoOrder(request);
    makeOverdue(order.id);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    const closed = page.getByTestId("order-closed");
    await expect(closed.getByRole("heading")).toHaveText(t.expired);
    await expect(page.getByTestId("payment")).toHaveCount(0);
    await expect(closed.getByRole("link", { name: t.orderAgain })).toHaveAttribute("href", `/${locale}/products/streaming-month`);
    // A shopper who paid anyway is told not to pay again, with an email that names the order.
    const help = page.getByTestId("expired-help");
    await expect(help).toContainText(order.orderNo);
    const mail = await help.getByTestId("expired-mail").getAttribute("href");
    expect(decodeURIComponent(mail!)).toContain(order.orderNo);
    expect(mail).toMatch(/^mailto:support@example\.com\?subject=/);
    await expectAccessible(page);
    await screenshot(page, `payment-expired-${locale}`);
  });

  test(`a wrong token answers 403 in ${locale}`, async ({ page, request }) => {
    const order = await pendingCryptoOrder(request);
    const response = await page.goto(`/${locale}/orders/${order.id}?token=wrong`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.forbidden);
    await expect(page.getByTestId("payment")).toHaveCount(0);
  });
}
