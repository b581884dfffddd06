// The operator's side of who may buy and how it is delivered, in both languages: the
// blacklist page, and a manual-delivery order the buyer paid, which waits ("being prepared")
// until the operator types its items on the console's order page; then the buyer's page
// shows them. Desktop and phone width, screenshots and axe on each page.
import { randomBytes } from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import zh from "../messages/zh.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };
import { expectAccessible, locales, screenshot } from "./support/pages";
import type { SeededOrder } from "./support/manual-orders";
import { consoleSignIn, enrol, makeOperator } from "./support/operator";

const messages = { zh, en };
const expect = baseExpect.configure({ timeout: 30_000 });

/** The paid manual-delivery order the global setup placed for this language (e2e/support/manual-orders.ts). */
function paidManualOrder(locale: string): SeededOrder {
  const orders = JSON.parse(process.env.E2E_MANUAL_ORDERS!) as SeededOrder[];
  return orders[locales.indexOf(locale as (typeof locales)[number])]!;
}

async function look(page: Page, name: string) {
  await screenshot(page, name);
  await expectAccessible(page);
}

for (const locale of locales) {
  test(`blacklist and a manual delivery in ${locale}`, async ({ page, request }) => {
    // Ten pages with axe and a screenshot each, in software-rendered Chromium on a loaded machine.
    test.setTimeout(600_000);
    const m = messages[locale];
    const order = paidManualOrder(locale);
    const buyerPage = `/${locale}/orders/${order.id}?token=${encodeURIComponent(order.token)}`;

    // The buyer, before: paid, being prepared.
    await page.goto(buyerPage);
    await expect(page.getByTestId("order-preparing")).toHaveText(m.OrderPreparing.body);
    await look(page, `kinds-buyer-preparing-${locale}`);

    const operator = await makeOperator(request);
    const signIn = {
      email: m.Admin.signIn.email,
      password: m.Admin.signIn.password,
      code: m.Admin.signIn.code,
      submit: m.Admin.signIn.submit,
    };
    await consoleSignIn(page, operator, locale, signIn);
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/two-factor$`));
    await enrol(page, operator, { code: m.Admin.twoFactor.codeLabel, enable: m.Admin.twoFactor.enable });

    // The blacklist: add an entry; it is listed.
    await page.goto(`/${locale}/admin`);
    await page.getByTestId("admin-nav-blacklist").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/blacklist$`));
    const blocked = `blocked-${randomBytes(3).toString("hex")}.example`;
    // (The filter below the form has a "type" select too: the form's is the first.)
    await page.getByTestId("blacklist-form").getByLabel(m.AdminBlacklist.kind, { exact: true }).selectOption("domain");
    await page.getByTestId("blacklist-form").getByLabel(m.AdminBlacklist.value, { exact: true }).fill(blocked);
    await page
      .getByTestId("blacklist-form")
      .getByLabel(m.AdminBlacklist.note)
      .fill(locale === "zh" ? "批量注册的垃圾订单" : "junk sign-ups");
    await page.getByTestId("blacklist-add").click();
    await expect(page.getByTestId("form-success")).toHaveText(m.AdminBlacklist.added);
    await page.reload();
    await expect(page.getByTestId("blacklist-table")).toContainText(blocked);
    await look(page, `kinds-blacklist-${locale}`);

    // The manual order on the console: the operator types the item and delivers it.
    await page.goto(`/${locale}/admin/orders/${order.id}`);
    await expect(page.getByTestId("manual-delivery")).toBeVisible();
    await look(page, `kinds-admin-order-${locale}`);
    const item = `MEMBER-${randomBytes(4).toString("hex").toUpperCase()}`;
    await page.getByLabel(m.AdminKinds.deliver.items, { exact: true }).fill(item);
    await page.getByTestId("manual-deliver").click();
    await expect(page.getByTestId("delivered-note")).toHaveText(m.AdminKinds.deliver.done);
    await expect(page.getByTestId("delivered-line")).toContainText(item);
    await expect(page.getByTestId("manual-delivery")).toHaveCount(0);
    await look(page, `kinds-admin-delivered-${locale}`);

    // The buyer, after: the item, and no "being prepared".
    await page.goto(buyerPage);
    await expect(page.getByTestId("delivery")).toContainText(item);
    await expect(page.getByTestId("order-preparing")).toHaveCount(0);
    await look(page, `kinds-buyer-delivered-${locale}`);

    // At phone width: the blacklist and the buyer's page fit, and stay accessible.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [name, path] of [
      ["blacklist", `/${locale}/admin/blacklist`],
      ["buyer", buyerPage],
    ] as const) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await look(page, `kinds-phone-${name}-${locale}`);
    }
  });
}
