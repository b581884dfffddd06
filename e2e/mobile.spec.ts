// The 360 px wide run (project "mobile"): nothing scrolls sideways, everything still works.
import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, locales, screenshot } from "./support/pages";

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

for (const locale of locales) {
  test(`catalogue at 360 px in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.getByTestId("product-card")).toHaveCount(5);
    await expect(page.getByRole("searchbox")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await screenshot(page, `mobile-home-${locale}`);
  });

  test(`product page at 360 px in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    await expect(page.getByTestId("price-tiers").locator("tbody tr")).toHaveCount(3);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await screenshot(page, `mobile-product-${locale}`);
  });

  test(`404 page at 360 px in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/products/no-such-product`);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await screenshot(page, `mobile-not-found-${locale}`);
  });
}

test("the language switch works by tap at 360 px", async ({ page }) => {
  await page.goto(`/en/products/${demo.gift}`);
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).tap();
  await expect(page).toHaveURL(`/zh/products/${demo.gift}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¥100 礼品卡（演示）");
});
