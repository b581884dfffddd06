// The operator's console in both languages: the demo operator's first sign-in, two-factor
// set-up, and a walk through every area doing the day's work (product with Markdown preview,
// stock upload with its preview, category, coupon, confirming a missed payment, a balance
// adjustment, the audit trail, the announcement setting the shop shows), with screenshots
// and axe on each page.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import zh from "../messages/zh.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import { expectAccessible, locales, screenshot } from "./support/pages";
import { completedOrder, pendingCryptoOrder } from "./support/orders";
import { consoleSignIn, enrol, makeOperator } from "./support/operator";

const messages = { zh: zh.Admin, en: en.Admin };
// Console pages render on the server with a database read or two, and the machines running
// this suite are often loaded: a generous wait per step (the steps themselves stay strict).
const expect = baseExpect.configure({ timeout: 30_000 });

async function look(page: Page, name: string) {
  await screenshot(page, name);
  await expectAccessible(page);
}

test("the demo operator's printed password signs in at the console on the first try, which asks for two-factor set-up", async ({
  page,
}) => {
  const m = messages.zh;
  await consoleSignIn(page, { email: process.env.E2E_OPERATOR_EMAIL!, password: process.env.E2E_OPERATOR_PASSWORD! }, "zh", {
    email: m.signIn.email,
    password: m.signIn.password,
    code: m.signIn.code,
    submit: m.signIn.submit,
  });
  await expect(page).toHaveURL(/\/zh\/admin\/two-factor$/);
  await expect(page.getByTestId("two-factor-qr").locator("svg")).toBeVisible();
});

for (const locale of locales) {
  test(`console in ${locale}: sign-in, two-factor, and every area at work`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const m = messages[locale];
    page.on("dialog", (dialog) => dialog.accept());
    const delivered = await completedOrder(request);
    const pending = await pendingCryptoOrder(request);

    // Sign-in, then the two-factor set-up every operator goes through first.
    const operator = await makeOperator(request);
    await page.goto(`/${locale}/admin/sign-in`);
    await look(page, `admin-sign-in-${locale}`);
    await consoleSignIn(page, operator, locale, {
      email: m.signIn.email,
      password: m.signIn.password,
      code: m.signIn.code,
      submit: m.signIn.submit,
    });
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/two-factor$`));
    await look(page, `admin-two-factor-${locale}`);
    expect(await enrol(page, operator, { code: m.twoFactor.codeLabel, enable: m.twoFactor.enable })).toHaveLength(10);
    await look(page, `admin-recovery-codes-${locale}`);
    await page.getByTestId("two-factor-continue").click();

    // Dashboard: totals, charts (the delivered order is today's), stock alerts, attention.
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
    await expect(page.getByTestId("method-chart").first().locator("svg").first()).toBeVisible();
    await expect(page.getByTestId("totals-today")).not.toContainText(/^¥0/);
    await look(page, `admin-dashboard-${locale}`);

    // A new product, with its Markdown description previewed as the shop will show it.
    await page.getByTestId("admin-nav-products").click();
    // Looked at once the navigation has landed: axe run mid-way found the dashboard's <title>
    // gone and the products page's not yet streamed (a CI run of 2026-12-07).
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/products$`));
    await expect(page.getByTestId("product-new")).toBeVisible();
    await look(page, `admin-products-${locale}`);
    await page.getByTestId("product-new").click();
    const slug = `e2e-${locale}-${Date.now()}`;
    await page.getByLabel(m.products.nameZh).fill("测试商品");
    await page.getByLabel(m.products.nameEn).fill("Test product");
    await page.getByLabel(m.products.slug).fill(slug);
    await page.getByLabel(m.products.price, { exact: true }).fill("9.90");
    await page.getByLabel(m.products.tiers).fill("10=8.50");
    await page.getByLabel(m.products.delimiter).fill("|");
    await page.getByLabel(m.products.descriptionEn, { exact: true }).fill("**Instant** delivery\n\n- one\n- two");
    await expect(page.getByTestId("product-description-en-preview").locator("strong")).toHaveText("Instant");
    await look(page, `admin-product-new-${locale}`);
    // Unlisted, so the catalogue tests running beside this one keep seeing the demo's products only.
    await page.getByLabel(m.products.listed).uncheck();
    await page.getByTestId("product-save").click();
    await expect(page.getByText(m.products.created)).toBeVisible();

    // Stock from a file: the preview splits lines with the product's delimiter; then imported.
    await page.getByTestId("product-stock-link").click();
    await page.getByTestId("stock-file").setInputFiles({
      name: "stock.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`acc-1|pw-1|note\nacc-2|pw-2\n\nacc-1|pw-1|note\nKEY-WITHOUT-DELIMITER\n`),
    });
    const preview = page.getByTestId("stock-preview");
    await expect(preview.getByRole("cell", { name: "acc-2", exact: true })).toBeVisible();
    await expect(preview.getByRole("cell", { name: "pw-2", exact: true })).toBeVisible();
    await look(page, `admin-stock-preview-${locale}`);
    await page.getByTestId("stock-submit").click();
    await expect(page.getByTestId("stock-result")).toBeVisible();
    await expect(page.getByTestId("stock-items").locator("tbody tr")).toHaveCount(3);
    await look(page, `admin-stock-${locale}`);

    // A category and a coupon.
    await page.getByTestId("admin-nav-categories").click();
    const newCategory = page.getByTestId("category-form-new");
    await newCategory.getByLabel(m.categories.nameZh).fill("测试分类");
    await newCategory.getByLabel(m.categories.nameEn).fill("Test category");
    await newCategory.getByLabel(m.categories.slug).fill(`cat-${locale}-${Date.now()}`);
    await newCategory.getByRole("button", { name: m.categories.create }).click();
    await expect(newCategory.getByTestId("form-success")).toBeVisible();
    await look(page, `admin-categories-${locale}`);
    await page.getByTestId("admin-nav-coupons").click();
    const code = `E2E${locale.toUpperCase()}${Date.now().toString().slice(-6)}`;
    await page.getByLabel(m.coupons.code, { exact: true }).fill(code);
    await page.getByLabel(m.coupons.value, { exact: true }).fill("15");
    await page.getByTestId("coupon-create").click();
    await expect(page.getByTestId("coupon-form").getByTestId("form-success")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("coupons-table")).toContainText(code);
    await look(page, `admin-coupons-${locale}`);

    // Orders: find the delivered one by email; confirm the pending one's missed payment.
    await page.getByTestId("admin-nav-orders").click();
    await page.getByLabel(m.orders.email).fill(delivered.email);
    await page.getByTestId("orders-filter").click();
    await expect(page.getByTestId("orders-table").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("orders-table")).toContainText(delivered.orderNo);
    await look(page, `admin-orders-${locale}`);
    await page.goto(`/${locale}/admin/orders/${pending.id}`);
    await page.getByLabel(m.orders.note).fill("Seen in the wallet at 10:02");
    await page.getByTestId("order-confirm").click();
    await expect(page.getByTestId("form-success")).toBeVisible();
    await expect(page.getByTestId("payment-trail")).toContainText("order.confirm");
    await look(page, `admin-order-${locale}`);

    // Users: the demo shopper's balance, adjusted with a reason.
    await page.getByTestId("admin-nav-users").click();
    await page.getByLabel(m.users.search).fill(process.env.E2E_SHOPPER_EMAIL!);
    await page.getByLabel(m.users.search).press("Enter");
    await page.getByRole("link", { name: process.env.E2E_SHOPPER_EMAIL! }).click();
    await page.getByLabel(m.users.amount).fill("1.50");
    await page.getByLabel(m.users.reason, { exact: true }).fill("goodwill");
    await page.getByTestId("balance-submit").click();
    await expect(page.getByTestId("balance-form").getByTestId("form-success")).toBeVisible();
    await look(page, `admin-user-${locale}`);

    // The audit trail of all of it.
    await page.getByTestId("admin-nav-audit").click();
    const audit = page.getByTestId("audit-table");
    for (const action of [
      "product.create",
      "stock.import",
      "category.create",
      "coupon.create",
      "order.confirm",
      "user.balance_adjust",
      "user.two_factor_enable",
    ]) {
      await expect(audit).toContainText(action);
    }
    await look(page, `admin-audit-${locale}`);

    // Settings: an announcement the shop shows at once, then taken down again. A second tab,
    // opened before the save, saves another field after it: only what it changed is written,
    // so the announcement stays.
    await page.getByTestId("admin-nav-settings").click();
    const otherTab = await page.context().newPage();
    await otherTab.goto(`/${locale}/admin/settings`);
    const banner = locale === "zh" ? m.settings.bannerZh : m.settings.bannerEn;
    const otherField = locale === "zh" ? m.settings.bscConfirmations : m.settings.ethConfirmations;
    const announcement = locale === "zh" ? "本周日维护 1 小时" : "Maintenance on Sunday for one hour";
    await page.getByLabel(banner).fill(announcement);
    await page.getByTestId("settings-save").click();
    await expect(page.getByTestId("form-success")).toBeVisible();
    // The page now shows what was saved, so a second save from it compares against that.
    await expect(page.locator('input[name="shown"]')).toHaveValue(new RegExp(`"announcement_${locale}":"${announcement}"`));
    await look(page, `admin-settings-${locale}`);
    await otherTab.getByLabel(otherField).fill("30");
    await otherTab.getByTestId("settings-save").click();
    await expect(otherTab.getByTestId("form-success")).toBeVisible();
    await otherTab.close();
    await page.goto(`/${locale}`);
    await expect(page.getByTestId("announcement")).toHaveText(announcement);
    await page.goto(`/${locale}/admin/settings`);
    await expect(page.getByLabel(otherField)).toHaveValue("30");
    await page.getByLabel(banner).fill("");
    await page.getByLabel(otherField).fill("");
    await page.getByTestId("settings-save").click();
    await expect(page.getByTestId("form-success")).toBeVisible();
  });
}
