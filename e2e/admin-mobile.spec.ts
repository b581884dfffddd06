// The console at phone width (360 px) in both languages: every area laid out for a small
// screen, with screenshots and axe.
import { expect as baseExpect, test } from "@playwright/test";
import zh from "../messages/zh.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import { expectAccessible, locales, screenshot } from "./support/pages";
import { completedOrder, randomIp } from "./support/orders";
import { consoleSignIn, enrol, makeOperator } from "./support/operator";

const messages = { zh: zh.Admin, en: en.Admin };
const accountMessages = { zh: zh.Account, en: en.Account };
// Console pages render on the server with a database read or two, and the machines running
// this suite are often loaded: a generous wait per step (the steps themselves stay strict).
const expect = baseExpect.configure({ timeout: 30_000 });

for (const locale of locales) {
  test(`console at phone width in ${locale}`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const m = messages[locale];
    const order = await completedOrder(request);
    const operator = await makeOperator(request);
    await consoleSignIn(page, operator, locale, {
      email: m.signIn.email,
      password: m.signIn.password,
      code: m.signIn.code,
      submit: m.signIn.submit,
    });
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/two-factor$`));
    await screenshot(page, `admin-mobile-two-factor-${locale}`);
    await enrol(page, operator, { code: m.twoFactor.codeLabel, enable: m.twoFactor.enable });
    const product = (await (await request.get("/api/products/streaming-month")).json()).product as { id: string };
    const shopper = await request.post("/api/auth/login", {
      data: { email: process.env.E2E_SHOPPER_EMAIL, password: process.env.E2E_SHOPPER_PASSWORD },
      headers: { "x-forwarded-for": randomIp() },
    });
    const shopperId = ((await shopper.json()) as { user: { id: string } }).user.id;
    const areas: [string, string][] = [
      ["dashboard", ""],
      ["products", "/products"],
      ["product-new", "/products/new"],
      ["product", `/products/${product.id}`],
      ["stock", `/products/${product.id}/stock`],
      ["categories", "/categories"],
      ["coupons", "/coupons"],
      ["orders", "/orders"],
      ["order", `/orders/${order.id}`],
      ["users", "/users"],
      ["user", `/users/${shopperId}`],
      ["audit", "/audit"],
      ["settings", "/settings"],
    ];
    for (const [name, path] of areas) {
      await page.goto(`/${locale}/admin${path}`);
      await expect(page.getByTestId("admin-console")).toBeVisible();
      // Nothing wider than the phone: the page itself never scrolls sideways (tables scroll in their own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `admin-mobile-${name}-${locale}`);
      await expectAccessible(page);
    }
    // The shopper's balance movements are named in the console's language, not by their stored word.
    await page.goto(`/${locale}/admin/users/${shopperId}`);
    // (This test's own order is among the newest movements: the ledger shows the latest 25.)
    await expect(page.getByText(accountMessages[locale].reasons.order).first()).toBeVisible();
    // The stored words would start an entry's line ("order GS…", "demo_grant").
    await expect(page.locator("li p.font-medium").filter({ hasText: /^(order|adjustment|demo_grant|refund|top_up)/ })).toHaveCount(0);
  });
}
