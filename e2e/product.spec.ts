import { expect, test } from "@playwright/test";
import { demo, screenshot } from "./support/pages";

const text = {
  zh: {
    name: "演示邮箱账号（账号----密码----辅助邮箱）",
    // The description is Markdown: its `code` shows as code, without the backticks.
    description: "演示商品：每行一个邮箱账号，格式 账号----密码----辅助邮箱。5 个起购，批量更优惠。",
    tiers: [
      ["5–49 件", "¥0.50"],
      ["50–99 件", "¥0.45"],
      ["100–200 件", "¥0.40"],
    ],
    // The demo's 400, less what the checkout tests running beside this one hold in open orders.
    stock: /^库存 [1-9]\d{0,2}$/,
    limits: "每单 5–200 件",
    soldOut: "已售罄",
    notFound: "页面不存在",
  },
  en: {
    name: "Demo mailbox account (account----password----recovery)",
    description: "Demo item: one mailbox per line as account----password----recovery. Minimum 5, cheaper in bulk.",
    tiers: [
      ["5–49", "¥0.50"],
      ["50–99", "¥0.45"],
      ["100–200", "¥0.40"],
    ],
    stock: /^[1-9]\d{0,2} in stock$/,
    limits: "5–200 per order",
    soldOut: "Sold out",
    notFound: "Page not found",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  const t = text[locale];

  test(`product page in ${locale}: description, price, tiers, stock, limits, metadata`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.name);
    await expect(page).toHaveTitle(`${t.name} · Stockline`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", t.description);
    await expect(page.getByTestId("description")).toHaveText(t.description);
    await expect(page.getByTestId("price")).toHaveText("¥0.50");
    await expect(page.getByTestId("stock")).toHaveText(t.stock);
    await expect(page.getByTestId("quantity-limits")).toHaveText(t.limits);
    const rows = page.getByTestId("price-tiers").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    for (const [index, [range, price]] of t.tiers.entries()) {
      await expect(rows.nth(index).locator("td")).toHaveText([range, price]);
    }
    await screenshot(page, `product-${locale}`);
  });

  test(`sold-out product in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.soldOut}`);
    await expect(page.getByTestId("stock")).toHaveText(t.soldOut);
    await expect(page.getByTestId("price")).toHaveText("¥88.00");
    // No tiers, so no bulk pricing table (it would promise discounts that do not exist).
    await expect(page.getByTestId("price-tiers")).toHaveCount(0);
    await screenshot(page, `product-sold-out-${locale}`);
  });

  test(`unknown product in ${locale} is a real 404 page`, async ({ page }) => {
    const response = await page.goto(`/${locale}/products/no-such-product`);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFound);
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    await screenshot(page, `not-found-${locale}`);
  });

  test(`unknown path in ${locale} is a 404 page too`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFound);
  });
}

test("a product with a per-order maximum shows it, and no tiers table", async ({ page }) => {
  await page.goto(`/en/products/${demo.gift}`);
  await expect(page.getByTestId("quantity-limits")).toHaveText("1–10 per order");
  await expect(page.getByTestId("price")).toHaveText("¥95.00");
  await expect(page.getByTestId("price-tiers")).toHaveCount(0);
});
