// Alipay through a cashier rail (a second shop instance over the e2e database, its EPay rail
// pointed at the fake gateway): the QR code on a desktop, the "pay in the app" button on a
// phone and the way back from the cashier (confirming until the notify lands), and a balance
// top-up from the account page.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { startServer, type RunningServer } from "../tests/support/server";
import { startFakeEpay, type FakeEpay } from "../tests/fakes/epay";
import { expectAccessible, locales, screenshot } from "./support/pages";
import { randomIp } from "./support/orders";

const text = {
  zh: {
    title: "使用支付宝付款",
    payInApp: "打开支付宝付款",
    topUp: "充值",
    amount: "金额",
    alipay: "支付宝",
    submit: "去付款",
    credited: "已到账：¥50.00 已加入您的人民币余额。",
    waiting: "正在等待付款，到账后本页会自动更新。",
    confirming: "正在确认您的付款……本页面会自动更新。",
    topupWaiting: "等待您付款，本页面会自动更新。",
  },
  en: {
    title: "Pay with Alipay",
    payInApp: "Pay in the Alipay app",
    topUp: "Top up",
    amount: "Amount",
    alipay: "Alipay",
    submit: "Continue to payment",
    credited: "Credited: ¥50.00 was added to your CNY balance.",
    waiting: "Waiting for your payment. This page updates by itself once it arrives.",
    confirming: "Confirming your payment… This page updates by itself.",
    topupWaiting: "Waiting for your payment. This page updates by itself.",
  },
} as const;

// Serial: one fake gateway and one extra server for the file. Generous: each test runs axe twice
// in software-rendered Chromium and waits out a payment page's polling.
test.describe.configure({ mode: "serial", timeout: 180_000 });

let epay: FakeEpay;
let shop: RunningServer;

test.beforeAll(async () => {
  epay = await startFakeEpay();
  const base = JSON.parse(process.env.E2E_SERVER_ENV!) as Record<string, string>;
  shop = await startServer((url) => ({
    ...base,
    SITE_URL: url,
    EPAY_URL: epay.baseUrl,
    EPAY_PID: epay.pid,
    EPAY_KEY: epay.key,
    CASHIER_RECONCILE_SECONDS: "0",
  }));
});
test.afterAll(async () => {
  await shop?.stop();
  await epay?.close();
  expect(shop.log()).not.toMatch(/unhandled error|⨯/);
});
test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

async function alipayOrder(page: Page) {
  const product = await (await page.request.get(`${shop.baseUrl}/api/products/streaming-month`)).json();
  const response = await page.request.post(`${shop.baseUrl}/api/orders/create`, {
    data: {
      productId: product.product.id,
      quantity: 1,
      contactEmail: `buyer-${randomBytes(4).toString("hex")}@example.com`,
      paymentMethod: "alipay",
    },
  });
  const body = await response.json();
  expect(body.success, JSON.stringify(body)).toBe(true);
  return { id: body.order.id as string, orderNo: body.order.order_no as string, token: body.access_token as string };
}

for (const locale of locales) {
  const t = text[locale];

  test(`desktop: the cashier's QR code, and the items once the notify arrives (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const order = await alipayOrder(page);
    await page.goto(`${shop.baseUrl}/${locale}/orders/${order.id}?token=${order.token}`);
    await expect(page.getByRole("heading", { name: t.title })).toBeVisible();
    await expect(page.getByTestId("cashier-qr")).toBeVisible();
    await expect(page.getByTestId("pay-in-app")).toBeHidden();
    await expectAccessible(page);
    await screenshot(page, `cashier-desktop-${locale}`);
    expect(await epay.pay(order.orderNo)).toEqual({ status: 200, text: "success" });
    await expect(page.getByTestId("delivered-item")).toHaveCount(1, { timeout: 15_000 });
  });

  test(`phone: pay in the app, come back without the token, confirmed by query (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const order = await alipayOrder(page);
    await page.goto(`${shop.baseUrl}/${locale}/orders/${order.id}?token=${order.token}`);
    const button = page.getByRole("link", { name: t.payInApp });
    await expect(button).toBeVisible();
    await expect(page.getByTestId("cashier-qr")).toBeHidden();
    await expectAccessible(page);
    await screenshot(page, `cashier-phone-${locale}`);
    await button.click();
    await expect(page).toHaveURL(new RegExp(`^${epay.baseUrl}/pay/`));
    // Paid in the app, but the gateway's notify never reaches the shop: the return page asks the gateway.
    await epay.pay(order.orderNo, { notify: false });
    await page.goto(`${shop.baseUrl}/${locale}/orders/${order.id}`);
    await expect(page).toHaveURL(new RegExp(`token=${order.token}`));
    await expect(page.getByTestId("delivered-item")).toHaveCount(1, { timeout: 20_000 });
    await screenshot(page, `cashier-phone-returned-${locale}`);
  });

  test(`back from the cashier before the notify: confirming and polling, then the items once it lands (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const order = await alipayOrder(page);
    // The payment page: it remembers the order's token in this browser (the provider never gets it).
    await page.goto(`${shop.baseUrl}/${locale}/orders/${order.id}?token=${order.token}`);
    await expect(page.getByTestId("live-status")).toHaveText(t.waiting);
    // Paid at the cashier, which sends the buyer back to the return URL with its signed parameters
    // before its notify reaches the shop (until then the gateway's order answers unpaid too).
    const trade = epay.trades.get(order.orderNo)!;
    expect(trade.returnUrl).toBe(`${shop.baseUrl}/orders/${order.id}`);
    await page.goto(`${shop.baseUrl}/${locale}/orders/${order.id}?${epay.notifyParams(order.orderNo)}`);
    await expect(page).toHaveURL(`${shop.baseUrl}/${locale}/orders/${order.id}?token=${order.token}&returned=1`);
    await expect(page.getByTestId("live-status")).toHaveText(t.confirming);
    await expect(page.getByText(t.waiting)).toHaveCount(0);
    await expect(page.getByTestId("delivered-item")).toHaveCount(0);
    // It polls the order's status while it confirms.
    await page.waitForRequest((request) => request.url().includes(`/api/orders/${order.id}/status?token=`), { timeout: 10_000 });
    await expect(page.getByTestId("live-status")).toHaveText(t.confirming);
    await screenshot(page, `cashier-returned-confirming-${locale}`);

    expect(await epay.pay(order.orderNo)).toEqual({ status: 200, text: "success" });
    await expect(page.getByTestId("delivered-item")).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByTestId("delivered-item")).not.toBeEmpty();
    await expect(page.getByText(t.confirming)).toHaveCount(0);
    await screenshot(page, `cashier-returned-delivered-${locale}`);
  });

  test(`top-up from the account page, paid at the cashier, confirming on the way back, credited (${locale})`, async ({ page }) => {
    const { csrfToken } = await (await page.request.get(`${shop.baseUrl}/api/auth/csrf`)).json();
    const signedIn = await page.request.post(`${shop.baseUrl}/api/auth/callback/credentials`, {
      form: { csrfToken, email: process.env.E2E_SHOPPER_EMAIL!, password: process.env.E2E_SHOPPER_PASSWORD!, json: "true" },
    });
    expect(signedIn.ok()).toBe(true);
    await page.goto(`${shop.baseUrl}/${locale}/account`);
    await page.getByTestId("topup-link").click();
    await expect(page.getByRole("heading", { name: t.topUp, exact: true })).toBeVisible();
    await page.getByLabel(t.amount).fill("50");
    await page.getByRole("radio", { name: t.alipay }).check();
    await expectAccessible(page);
    await screenshot(page, `topup-form-${locale}`);
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByTestId("cashier-qr")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `topup-pay-${locale}`);

    const topupNo = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/TU\d{10}[A-Z]{4}/)![0];
    await expect(page.getByTestId("live-status")).toHaveText(t.topupWaiting);
    // Back from the cashier (its return URL, with the trade's parameters) before the notify: confirming.
    const path = new URL(page.url()).pathname;
    expect(epay.trades.get(topupNo)!.returnUrl).toBe(`${shop.baseUrl}${path.replace(`/${locale}`, "")}`);
    await page.goto(`${shop.baseUrl}${path}?${epay.notifyParams(topupNo)}`);
    await expect(page.getByTestId("live-status")).toHaveText(t.confirming);
    await expect(page.getByTestId("topup-credited")).toHaveCount(0);
    expect(await epay.pay(topupNo)).toEqual({ status: 200, text: "success" });
    await expect(page.getByTestId("topup-credited")).toHaveText(t.credited, { timeout: 15_000 });
    await page.goto(`${shop.baseUrl}/${locale}/account`);
    await expect(page.getByTestId("topup-entry").filter({ hasText: topupNo })).toBeVisible();
    await expect(page.getByTestId("ledger-entry").filter({ hasText: topupNo })).toBeVisible();
    await screenshot(page, `topup-account-${locale}`);
  });
}
