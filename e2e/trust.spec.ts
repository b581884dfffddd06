// What tells a new shopper the shop can be trusted, checked on the pages themselves: the
// promises next to the buy button, who to ask, pictures (and the generated one when a
// product has none), a receipt that names what was bought, the terms at sign-up. (How many
// sold is counted by tests/api/sold-counts.test.ts: the page keeps the figure for a minute.)
import { expect, test } from "@playwright/test";
import { demo, locales, screenshot } from "./support/pages";
import { completedOrder } from "./support/orders";

const text = {
  zh: {
    deliveredAtOnce: "付款确认后自动发货",
    afterSale: "24 小时内",
    contact: "联系客服",
    search: "“邮箱”的搜索结果",
    terms: "《服务条款》",
    show: "显示密码",
    hide: "隐藏密码",
    balance: "余额",
    copyLink: "复制链接",
  },
  en: {
    deliveredAtOnce: "Delivered automatically",
    afterSale: "within 24 hours",
    contact: "Contact support",
    search: "Results for “mailbox”",
    terms: "Terms of service",
    show: "Show password",
    hide: "Hide password",
    balance: "balance",
    copyLink: "Copy link",
  },
} as const;

const yuan = (amount: number) => `¥${amount.toFixed(2)}`;

for (const locale of locales) {
  const t = text[locale];

  test(`product page in ${locale}: delivery and after-sale promise under the buy button, who to ask, the shop's mark`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    const promise = page.getByTestId("buy-promise");
    await expect(promise).toContainText(t.deliveredAtOnce);
    await expect(promise.getByTestId("after-sale")).toContainText(t.afterSale);
    // The promise sits with the checkout, right under its button.
    const button = page.getByRole("button", { name: locale === "zh" ? "提交订单" : "Place order" });
    const [buttonBox, promiseBox] = [await button.boundingBox(), await promise.boundingBox()];
    expect(promiseBox!.y).toBeGreaterThan(buttonBox!.y);
    expect(promiseBox!.y - (buttonBox!.y + buttonBox!.height)).toBeLessThan(80);

    const trust = page.getByTestId("trust-panel");
    await expect(trust).toContainText(t.deliveredAtOnce.slice(0, 4));
    await expect(trust.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
    await trust.getByRole("link", { name: t.contact }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`));

    await expect(page.getByRole("banner").getByTestId("shop-mark")).toBeVisible();
  });

  test(`catalogue in ${locale}: the heading follows the search; a product without pictures shows its category's`, async ({ page }) => {
    await page.goto(`/${locale}?q=${locale === "zh" ? "邮箱" : "mailbox"}`);
    await expect(page.getByTestId("catalogue-heading")).toHaveText(t.search);
    await page.goto(`/${locale}`);
    const soldOut = page.getByTestId("product-card").filter({ has: page.locator(`a[href$="/products/${demo.soldOut}"]`) });
    await expect(soldOut.getByTestId("category-art")).toBeVisible();
    await page.goto(`/${locale}/products/${demo.soldOut}`);
    await expect(page.getByTestId("category-art")).toBeVisible();
    await expect(page.getByTestId("gallery")).toHaveCount(0);
  });

  test(`sign-up in ${locale} links the terms and can show the password being typed`, async ({ page }) => {
    await page.goto(`/${locale}/register`);
    const password = page.locator('input[name="password"]');
    await password.fill("typed-blind-123");
    await expect(password).toHaveAttribute("type", "password");
    const toggle = page.getByTestId("toggle-password");
    await expect(toggle).toHaveText(t.show);
    await toggle.click();
    await expect(password).toHaveAttribute("type", "text");
    await expect(password).toHaveValue("typed-blind-123");
    await expect(toggle).toHaveText(t.hide);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await page.getByTestId("terms-note").getByRole("link", { name: t.terms }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/terms$`));
  });

  test(`the receipt in ${locale} names the product with its picture, unit price, quantity, discount, total and method; the link copies`, async ({
    page,
    request,
    context,
  }) => {
    const order = await completedOrder(request, "streaming-month", 2, "DEMO10");
    expect(order.amounts.discount).toBeGreaterThan(0);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    const receipt = page.getByTestId("order-summary");
    await expect(receipt.getByTestId("order-product").locator("img")).toBeVisible();
    await expect(receipt.getByTestId("order-unit-price")).toHaveText(yuan(order.amounts.unitPrice));
    await expect(receipt.getByTestId("order-quantity")).toHaveText("2");
    await expect(receipt.getByTestId("order-discount")).toContainText(yuan(order.amounts.discount));
    await expect(receipt.getByTestId("order-amount")).toHaveText(yuan(order.amounts.amount));
    await expect(receipt.getByTestId("order-method")).toContainText(new RegExp(t.balance, "i"));
    await screenshot(page, `trust-receipt-${locale}`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByTestId("keep-link").getByRole("button", { name: t.copyLink }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
}

test("the gallery's thumbnails choose the picture shown, by mouse or keyboard", async ({ page }) => {
  await page.goto(`/en/products/${demo.mailbox}`);
  const pictures = page.getByTestId("gallery-image");
  const thumbs = page.getByTestId("gallery-thumb");
  await expect(thumbs).toHaveCount(2);
  // A thumbnail offers its picture at its own size (1x, 2x), not at every width the optimiser makes.
  const thumb = thumbs.nth(0).locator("img");
  await expect(thumb).toHaveAttribute("srcset", /^\S+ 1x, \S+ 2x$/);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThanOrEqual(75);
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThanOrEqual(160);
  await expect(pictures.nth(0)).toBeVisible();
  await expect(pictures.nth(1)).toBeHidden();
  await thumbs.nth(1).click();
  await expect(thumbs.nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(pictures.nth(1)).toBeVisible();
  await expect(pictures.nth(0)).toBeHidden();
  await thumbs.nth(0).focus();
  await page.keyboard.press("Enter");
  await expect(pictures.nth(0)).toBeVisible();
  await expect(pictures.nth(1)).toBeHidden();
});
