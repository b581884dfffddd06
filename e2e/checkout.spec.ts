// The checkout on the product page: browse -> product -> buy with balance -> the items; the
// live total; the server's refusals as translated text; the sold-out state. Orders are placed
// for the office licence and the gift code only: other specs count the mailbox's stock.
import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, locales, screenshot } from "./support/pages";
import { randomIp } from "./support/orders";
import { signIn } from "./support/session";

const text = {
  zh: {
    office: "办公套件激活码（演示）",
    quantity: "购买数量",
    email: "联系邮箱",
    increase: "增加数量",
    balance: "余额支付（人民币）",
    crypto: "加密货币",
    coupon: "优惠码（选填）",
    apply: "使用",
    submit: "提交订单",
    completed: "已完成",
    minQuantity: "最少购买 5 件。",
    couponInvalid: "优惠码无效。",
    emailInvalid: "请输入有效的邮箱地址。",
    couponApplied: "已使用 DEMO10：−¥0.35",
    bulk: "批发价",
    balanceHint: "登录后可用余额支付",
    soldOut: "已售罄",
  },
  en: {
    office: "Office suite licence key (demo)",
    quantity: "Quantity",
    email: "Contact email",
    increase: "Increase quantity",
    balance: "Balance (CNY)",
    crypto: "Cryptocurrency",
    coupon: "Coupon (optional)",
    apply: "Apply",
    submit: "Place order",
    completed: "Completed",
    minQuantity: "The minimum quantity is 5.",
    couponInvalid: "This coupon is not valid.",
    emailInvalid: "Enter a valid email address.",
    couponApplied: "DEMO10 applied: −¥0.35",
    bulk: "Bulk price",
    balanceHint: "Sign in to pay by balance",
    soldOut: "Sold out",
  },
} as const;

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

const email = (tag: string) => `checkout-${tag}-${Date.now()}@example.com`;

async function openMailbox(page: Page, locale: (typeof locales)[number]) {
  await page.goto(`/${locale}/products/${demo.mailbox}`);
  await expect(page.getByTestId("checkout")).toBeVisible();
}

for (const locale of locales) {
  const t = text[locale];

  test(`browse, buy with balance and see the items in ${locale}`, async ({ page }) => {
    await signIn(page);
    await page.goto(`/${locale}`);
    await page.getByRole("link", { name: t.office }).click();
    await expect(page).toHaveURL(`/${locale}/products/${demo.office}`);
    const form = page.getByTestId("checkout");
    await expect(form.getByLabel(t.quantity, { exact: true })).toHaveValue("1");
    await form.getByRole("button", { name: t.increase }).click();
    await expect(form.getByLabel(t.quantity, { exact: true })).toHaveValue("2");
    await expect(form.getByTestId("total")).toHaveText("¥39.80");
    // Signed in: the session's email is filled in and the balance methods are offered.
    await expect(form.getByLabel(t.email)).toHaveValue(process.env.E2E_SHOPPER_EMAIL!);
    await form.getByLabel(t.balance).check();
    await expectAccessible(page);
    await screenshot(page, `checkout-balance-${locale}`);
    await form.getByRole("button", { name: t.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/orders/[0-9a-f-]{36}\\?token=`));
    await expect(page.getByTestId("order-status")).toHaveText(t.completed);
    await expect(page.getByTestId("delivered-item")).toHaveCount(2);
    await expect(page.getByTestId("delivered-item").first().locator("td").nth(1)).toHaveText(/\S{8,}/);
    await expectAccessible(page);
    await screenshot(page, `checkout-balance-delivered-${locale}`);
  });

  test(`the live total follows the bulk tiers and a coupon in ${locale}`, async ({ page }) => {
    await openMailbox(page, locale);
    const form = page.getByTestId("checkout");
    await form.getByLabel(t.quantity, { exact: true }).fill("50");
    await expect(form.getByTestId("unit-price")).toContainText("¥0.45");
    await expect(form.getByTestId("unit-price")).toContainText(t.bulk);
    await expect(form.getByTestId("total")).toHaveText("¥22.50");
    await form.getByLabel(t.quantity, { exact: true }).fill("7");
    await form.getByLabel(t.coupon).fill("demo10");
    await form.getByRole("button", { name: t.apply }).click();
    await expect(form.getByTestId("coupon-status")).toHaveText(t.couponApplied);
    await expect(form.getByTestId("total")).toHaveText("¥3.15");
    // Signed out: no balance methods, a hint to sign in instead.
    await expect(form.getByLabel(t.balance)).toHaveCount(0);
    await expect(form.getByTestId("balance-hint")).toContainText(t.balanceHint);
    await expectAccessible(page);
    await screenshot(page, `checkout-coupon-${locale}`);
  });

  test(`refusals are shown as translated text in ${locale}`, async ({ page }) => {
    await openMailbox(page, locale);
    const form = page.getByTestId("checkout");
    const error = form.getByTestId("checkout-error");
    // A quantity below the minimum is refused in place, before anything is sent.
    await form.getByLabel(t.quantity, { exact: true }).fill("2");
    await form.getByLabel(t.email).fill(email("min"));
    await form.getByRole("button", { name: t.submit }).click();
    await expect(form.getByTestId("quantity-hint")).toHaveText(t.minQuantity);
    await expect(form.getByLabel(t.quantity, { exact: true })).toHaveAttribute("aria-invalid", "true");
    // An unknown coupon: refused by the preview, and by the order itself.
    await form.getByLabel(t.quantity, { exact: true }).fill("5");
    await form.getByLabel(t.coupon).fill("NO-SUCH-CODE");
    await form.getByRole("button", { name: t.apply }).click();
    await expect(form.getByTestId("coupon-status")).toHaveText(t.couponInvalid);
    await form.getByRole("button", { name: t.submit }).click();
    await expect(error).toHaveText(t.couponInvalid);
    await form.getByLabel(t.coupon).fill("");
    await form.getByLabel(t.email).fill("not-an-email");
    await form.getByRole("button", { name: t.submit }).click();
    await expect(error).toHaveText(t.emailInvalid);
    await expect(page).toHaveURL(`/${locale}/products/${demo.mailbox}`);
    await expectAccessible(page);
    await screenshot(page, `checkout-error-${locale}`);
  });

  test(`a sold-out product has no checkout in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.soldOut}`);
    await expect(page.getByTestId("sold-out")).toContainText(t.soldOut);
    await expect(page.getByTestId("checkout")).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, `checkout-sold-out-${locale}`);
  });
}

test("the checkout works by keyboard alone", async ({ page }) => {
  await page.goto(`/en/products/${demo.office}`);
  const form = page.getByTestId("checkout");
  await form.getByRole("button", { name: "Increase quantity" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByLabel("Quantity", { exact: true })).toHaveValue("2");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Contact email")).toBeFocused();
  await page.keyboard.type(email("keys"));
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Cryptocurrency")).toBeFocused();
  await form.getByRole("button", { name: "Place order" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/orders\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByTestId("pay-amount")).toBeVisible();
});

test("what a shopper typed and picked before the page's scripts ran is what the order is placed with", async ({ page }) => {
  // The scripts held back until the form is filled in, as on a slow phone.
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(`/en/products/${demo.office}`, { waitUntil: "commit" });
  const form = page.getByTestId("checkout");
  const typed = email("early");
  await form.getByLabel("Contact email").fill(typed);
  await form.getByLabel("Quantity", { exact: true }).fill("2");
  const coin = form.locator('input[name="coin"]').nth(1);
  await coin.check();
  // The page arrived with the quote for one item in the first coin.
  const firstAmount = await form.getByTestId("quote-amount").innerText();
  release();
  // The quote for what was typed answers after hydration and renders the form again: what was
  // typed must survive it.
  await expect(form.getByTestId("quote-amount")).not.toHaveText(firstAmount);
  await expect(form.getByLabel("Contact email")).toHaveValue(typed);
  await expect(form.getByLabel("Quantity", { exact: true })).toHaveValue("2");
  await expect(coin).toBeChecked();
  await form.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/en\/orders\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByTestId("order-quantity")).toHaveText("2");
});

test("a double submit places one order (the form's idempotency key)", async ({ page, request }) => {
  const stock = async () => (await (await request.get(`/api/products/${demo.gift}`)).json()).product.stock as number;
  await page.goto(`/en/products/${demo.gift}`);
  const before = await stock();
  await page.getByTestId("checkout").getByLabel("Contact email").fill(email("twice"));
  // Two submits in the same moment, past the button that disables itself.
  await page.getByTestId("checkout").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page).toHaveURL(/\/en\/orders\/[0-9a-f-]{36}\?token=/);
  await expect(page.getByTestId("pay-amount")).toBeVisible();
  // The one crypto order reserved one item; a second order would have reserved another.
  expect(await stock()).toBe(before - 1);
});
