// The checkout and the payment page at 360 px (the "mobile" project runs files named *mobile.spec.ts).
import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, locales, screenshot } from "./support/pages";
import { pendingCryptoOrder, randomIp } from "./support/orders";

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

for (const locale of locales) {
  test(`checkout at 360 px in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    const form = page.getByTestId("checkout");
    await form.getByTestId("quantity").fill("60");
    await expect(form.getByTestId("total")).toHaveText("¥27.00");
    await form.getByRole("button", { name: locale === "zh" ? "增加数量" : "Increase quantity" }).tap();
    await expect(form.getByTestId("quantity")).toHaveValue("61");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, `mobile-checkout-${locale}`);
  });

  test(`payment page at 360 px in ${locale}`, async ({ page, request }) => {
    const order = await pendingCryptoOrder(request);
    await page.goto(`/${locale}/orders/${order.id}?token=${order.token}`);
    await expect(page.getByTestId("pay-address")).toHaveText(order.payment.address);
    await expect(page.getByTestId("pay-qr").locator("svg")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await screenshot(page, `mobile-payment-${locale}`);
  });
}
