// Order lookup and the status link, over real orders paid through the public API.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, locales, screenshot } from "./support/pages";
import { completedOrder, pendingCryptoOrder, randomIp, type PlacedOrder } from "./support/orders";
import { confirmAsOperator } from "./support/session";

const text = {
  zh: {
    lookupTitle: "订单查询",
    orderNo: "订单号",
    email: "邮箱",
    submit: "查询订单",
    completed: "已完成",
    notFound: "没有找到与该订单号和邮箱匹配的订单。",
    params: "请同时填写订单号和邮箱。",
    rateLimited: /^查询过于频繁，请在 \d+ 秒后重试。$/,
    forbidden: "此链接无效",
    copyAll: "全部复制",
    copied: "已复制",
    download: "下载 .txt",
    copyRow: "复制第 1 件",
    footer: "订单查询",
    pending: "待付款",
    demo: "演示收款地址：切勿转入真实资金。",
    streaming: "影音会员月卡（演示）",
  },
  en: {
    lookupTitle: "Order lookup",
    orderNo: "Order number",
    email: "Email",
    submit: "Look up order",
    completed: "Completed",
    notFound: "No order matches this order number and email.",
    params: "Please enter both the order number and the email.",
    rateLimited: /^Too many lookups\. Please try again in \d+ seconds\.$/,
    forbidden: "This link is not valid",
    copyAll: "Copy all",
    copied: "Copied",
    download: "Download .txt",
    copyRow: "Copy item 1",
    footer: "Order lookup",
    pending: "Awaiting payment",
    demo: "Demo receiving address: never send real funds.",
    streaming: "Streaming membership, one month (demo)",
  },
} as const;

type Locale = (typeof locales)[number];

/** Each test is its own client address (one trusted proxy hop), so the 3-a-minute limit is per test. */
async function ownAddress(page: Page) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
}

async function lookUp(page: Page, locale: Locale, orderNo: string, email: string) {
  const t = text[locale];
  await page.goto(`/${locale}/orders/lookup`);
  await page.getByLabel(t.orderNo).fill(orderNo);
  await page.getByLabel(t.email).fill(email);
  await page.getByRole("button", { name: t.submit }).click();
}

async function expectItems(page: Page, order: PlacedOrder) {
  const rows = page.getByTestId("delivered-item");
  await expect(rows).toHaveCount(order.accounts.length);
  for (const [index, item] of order.accounts.entries()) {
    const cells = rows.nth(index).locator("td");
    if (item.account === null) {
      await expect(cells.nth(1)).toHaveText(item.raw);
    } else {
      await expect(cells.nth(1)).toHaveText(item.account);
      await expect(cells.nth(2)).toHaveText(item.password!);
    }
  }
}

test.beforeEach(async ({ page }) => ownAddress(page));

for (const locale of locales) {
  const t = text[locale];

  test(`lookup by number and email in ${locale} shows the order and its items`, async ({ page, request }) => {
    const order = await completedOrder(request);
    await lookUp(page, locale, order.orderNo, order.email.toUpperCase());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.lookupTitle);
    await expect(page.getByTestId("order-no")).toHaveText(order.orderNo);
    await expect(page.getByTestId("order-status")).toHaveText(t.completed);
    await expect(page.getByTestId("order-amount")).toHaveText("¥25.00");
    await expect(page.getByTestId("order-date")).toHaveText(
      locale === "zh"
        ? /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）$/
        : /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M \(UTC\+8\)$/,
    );
    await expectItems(page, order);
    await expectAccessible(page);
    await screenshot(page, `order-lookup-${locale}`);
  });

  test(`lookup with the wrong email in ${locale} says not found`, async ({ page, request }) => {
    const order = await completedOrder(request);
    await lookUp(page, locale, order.orderNo, "someone-else@example.com");
    await expect(page.getByTestId("lookup-error")).toHaveText(t.notFound);
    await expect(page.getByTestId("delivery")).toHaveCount(0);
    // An unknown number reads exactly the same.
    await lookUp(page, locale, "GS0000000000AAAA", order.email);
    await expect(page.getByTestId("lookup-error")).toHaveText(t.notFound);
    await expectAccessible(page);
    await screenshot(page, `order-lookup-not-found-${locale}`);
  });

  test(`lookup form in ${locale}: missing fields, then the rate limit with its wait`, async ({ page }) => {
    // A blank order number passes the browser's own "required" check; the server says what is missing.
    await lookUp(page, locale, "   ", "a@example.com");
    await expect(page.getByTestId("lookup-error")).toHaveText(t.params);
    for (let attempt = 0; attempt < 3; attempt++) {
      await lookUp(page, locale, `GS000000000${attempt}AAAA`, "a@example.com");
      await expect(page.getByTestId("lookup-error")).toHaveText(t.notFound);
    }
    await lookUp(page, locale, "GS0000000009AAAA", "a@example.com");
    await expect(page.getByTestId("lookup-error")).toHaveText(t.rateLimited);
    // Refused by the limit, the form keeps what was typed and waits until the retry time.
    await expect(page.getByLabel(t.orderNo)).toHaveValue("GS0000000009AAAA");
    await expect(page.getByLabel(t.email)).toHaveValue("a@example.com");
    await expect(page.getByRole("button", { name: t.submit })).toBeDisabled();
  });

  test(`the lookup form in ${locale} posts: the email never reaches the address bar, and it works without JavaScript`, async ({
    browser,
    baseURL,
    request,
  }) => {
    const order = await completedOrder(request);
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    await lookUp(page, locale, order.orderNo, order.email);
    await expectItems(page, order);
    expect(page.url()).not.toContain("example.com");
    expect(page.url()).not.toContain(order.orderNo);
    await context.close();
  });

  test(`lookup of an unpaid crypto order in ${locale} shows how to pay it, then its items once paid, by itself`, async ({
    page,
    request,
  }) => {
    const order = await pendingCryptoOrder(request);
    await lookUp(page, locale, order.orderNo, order.email);
    await expect(page.getByTestId("order-status")).toHaveText(t.pending);
    await expect(page.getByTestId("order-product")).toContainText(t.streaming);
    await expect(page.getByTestId("pay-address")).toHaveText(order.payment.address);
    await expect(page.getByTestId("pay-amount")).toHaveText(order.payment.amount);
    await expect(page.getByTestId("pay-qr").locator("svg")).toBeVisible();
    await expect(page.getByTestId("payment")).toContainText(t.demo);
    await expectAccessible(page);
    await screenshot(page, `order-lookup-pending-${locale}`);
    // Paid meanwhile: the result turns into the items without another lookup.
    await confirmAsOperator(request, order.id);
    await expect(page.getByTestId("order-status")).toHaveText(t.completed, { timeout: 20_000 });
    await expect(page.getByTestId("delivered-item")).toHaveCount(1);
  });

  test(`status link with its token in ${locale} shows the items`, async ({ page, request }) => {
    const order = await completedOrder(request);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    await expect(page.getByTestId("order-status")).toHaveText(t.completed);
    await expect(page.getByTestId("order-no")).toHaveText(order.orderNo);
    await expectItems(page, order);
    await expectAccessible(page);
    await screenshot(page, `order-status-${locale}`);
  });

  test(`status link in ${locale}: no token shows the status only, a wrong one is refused, an unknown order is a real 404`, async ({
    page,
    request,
  }) => {
    const order = await completedOrder(request);
    await page.goto(`/${locale}/orders/${order.id}`);
    await expect(page.getByTestId("order-status")).toHaveText(t.completed);
    await expect(page.getByTestId("delivery")).toHaveCount(0);
    await expect(page.getByTestId("order-no")).toHaveCount(0);
    await page.goto(`/${locale}/orders/${order.id}?token=slo_wrong`);
    await expect(page.getByTestId("order-forbidden")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.forbidden);
    await expect(page.getByTestId("delivery")).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, `order-forbidden-${locale}`);
    const response = await page.goto(`/${locale}/orders/00000000-0000-4000-8000-000000000000?token=${order.token}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  });

  test(`status link of an unpaid crypto order in ${locale} shows how to pay`, async ({ page, request }) => {
    const order = await pendingCryptoOrder(request);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    await expect(page.getByTestId("order-status")).toHaveText(t.pending);
    const payment = page.getByTestId("payment");
    await expect(payment).toContainText(order.payment.address);
    await expect(payment).toContainText(`${order.payment.amount} USDT`);
    await expect(payment).toContainText(t.demo);
    await expect(page.getByTestId("delivery")).toHaveCount(0);
    // TRON has no amount QR standard: the page says the code holds the address only.
    await expect(page.getByTestId("qr-note")).toContainText(order.payment.amount);
    await expect(page.getByTestId("keep-link")).toContainText(order.orderNo);
    await expect(page.getByTestId("order-link")).toHaveText(new RegExp(`/${locale}/orders/${order.id}\\?token=`));
    await expectAccessible(page);
    await screenshot(page, `order-status-pending-${locale}`);
  });

  test(`the footer links to order lookup in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("contentinfo").getByRole("link", { name: t.footer }).click();
    await expect(page).toHaveURL(`/${locale}/orders/lookup`);
    await expectAccessible(page);
  });
}

test("copy buttons and the .txt download give the delivered lines", async ({ page, request, context }) => {
  const t = text.en;
  // A licence key has no delimiter: its row shows the raw line.
  const order = await completedOrder(request, "office-suite-licence", 2);
  expect(order.accounts[0]!.account).toBeNull();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/en/orders/${order.id}?token=${order.token}`);
  await expectItems(page, order);
  await expect(page.getByTestId("delivery-table").locator("th")).toHaveText(["#", "Item", "Copy"]);
  await screenshot(page, "order-status-raw-lines-en");
  const lines = order.accounts.map((item) => item.raw);

  await page.getByRole("button", { name: t.copyAll }).click();
  await expect(page.getByRole("button", { name: t.copied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(lines.join("\n") + "\n");

  await page.getByRole("button", { name: t.copyRow }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(lines[0]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.download }).click()]);
  expect(download.suggestedFilename()).toBe(`${order.orderNo}.txt`);
  expect(readFileSync((await download.path())!, "utf8")).toBe(lines.join("\n") + "\n");
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  for (const locale of locales) {
    test(`lookup and status link at 360 px in ${locale}`, async ({ page, request }) => {
      const order = await completedOrder(request, "streaming-month", 3);
      await lookUp(page, locale, order.orderNo, order.email);
      await expectItems(page, order);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAccessible(page);
      await screenshot(page, `mobile-order-lookup-${locale}`);

      await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
      await expectItems(page, order);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAccessible(page);
      await screenshot(page, `mobile-order-status-${locale}`);
    });
  }
});
