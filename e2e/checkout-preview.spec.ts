// The checkout says what an order costs before it is placed: the coupon applies on Enter
// (never placing the order), a typed quantity is judged as it is typed, and a crypto order
// shows its amount in the chosen coin and the rate; signed in, the balance left after paying.
import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, screenshot } from "./support/pages";
import { randomIp } from "./support/orders";
import { signIn } from "./support/session";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() }));

const stockOf = async (page: Page, slug: string) =>
  (await (await page.request.get(`/api/products/${slug}`)).json()).product.stock as number;

test("Enter in the coupon field applies the coupon and places no order (zh)", async ({ page }) => {
  await page.goto(`/zh/products/${demo.mailbox}`);
  const form = page.getByTestId("checkout");
  const before = await stockOf(page, demo.mailbox);
  await form.getByLabel("联系邮箱").fill(`enter-${Date.now()}@example.com`);
  await form.getByLabel("优惠码（选填）").fill("demo10");
  await form.getByLabel("优惠码（选填）").press("Enter");
  await expect(form.getByTestId("coupon-status")).toHaveText("已使用 DEMO10：−¥0.25");
  await expect(form.getByTestId("total")).toHaveText("¥2.25");
  await expect(page).toHaveURL(`/zh/products/${demo.mailbox}`);
  expect(await stockOf(page, demo.mailbox)).toBe(before);
});

test("a typed quantity is judged in place against the one limit (en)", async ({ page }) => {
  await page.goto(`/en/products/${demo.gift}`);
  const form = page.getByTestId("checkout");
  const quantity = form.getByLabel("Quantity", { exact: true });
  const hint = form.getByTestId("quantity-hint");
  const before = await stockOf(page, demo.gift);
  await form.getByLabel("Contact email").fill(`typed-${Date.now()}@example.com`);
  await quantity.fill("0");
  await expect(hint).toHaveText("The minimum quantity is 1.");
  await expect(quantity).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("button", { name: "Place order" }).click();
  // Refused in place: the focus goes back to the quantity, nothing is ordered.
  await expect(quantity).toBeFocused();
  await quantity.fill("11");
  await expect(hint).toHaveText("At most 10 per order.");
  await expect(form.getByTestId("total")).toHaveText("—");
  await screenshot(page, "checkout-quantity-refused-en");
  await quantity.fill("2");
  await expect(hint).toHaveText("1–10 per order");
  await expect(quantity).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(`/en/products/${demo.gift}`);
  expect(await stockOf(page, demo.gift)).toBe(before);
});

for (const locale of ["zh", "en"] as const) {
  test(`the coin amount and rate show before a crypto order is placed (${locale})`, async ({ page }) => {
    const words =
      locale === "zh"
        ? {
            quantity: "购买数量",
            email: "联系邮箱",
            submit: "提交订单",
            sends: "需支付",
            rate: "汇率：1 USDT = ¥7.20",
            holds: "15 分钟内有效",
          }
        : {
            quantity: "Quantity",
            email: "Contact email",
            submit: "Place order",
            sends: "You send",
            rate: "Rate: 1 USDT = ¥7.20",
            holds: "holds for 15 minutes",
          };
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    const form = page.getByTestId("checkout");
    // 13 × ¥0.50 = ¥6.50 = 0.9028 USDT at 7.20, rounded up to the coin's 0.01 step.
    await form.getByLabel(words.quantity, { exact: true }).fill("13");
    const quote = form.getByTestId("crypto-quote");
    await expect(quote).toContainText(words.sends);
    await expect(quote.getByTestId("quote-amount")).toHaveText("0.91 USDT");
    await expect(quote.getByTestId("quote-rate")).toHaveText(words.rate);
    // How long the amount holds: the shop's order expiry (15 minutes in the tests).
    await expect(quote).toContainText(words.holds);
    await form.getByText("Ethereum").click();
    await expect(quote).toContainText("Ethereum");
    await expectAccessible(page);
    await screenshot(page, `checkout-crypto-quote-${locale}`);
    await form.getByLabel(words.email).fill(`quote-${locale}-${Date.now()}@example.com`);
    await form.getByRole("button", { name: words.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/orders/[0-9a-f-]{36}\\?token=`));
    // The order asks that amount (a later order of the same amount steps up by 0.0001).
    await expect(page.getByTestId("pay-amount")).toHaveText(/^0\.91(\d{0,2})$/);
  });
}

test("signed in, the balance methods show the balance and what remains after (zh)", async ({ page }) => {
  await signIn(page);
  await page.goto(`/zh/products/${demo.office}`);
  const form = page.getByTestId("checkout");
  await form.getByLabel("余额支付（人民币）").check();
  const note = form.getByTestId("balance-quote");
  await expect(note.getByTestId("balance-after")).toBeVisible();
  const yuan = async (testId: string) => Number((await note.getByTestId(testId).innerText()).replace(/[^\d.]/g, ""));
  expect(Math.round((await yuan("balance-available")) * 100) - Math.round((await yuan("balance-after")) * 100)).toBe(1990);
  await form.getByLabel("余额支付（USDT）").check();
  await expect(note.getByTestId("balance-available")).toContainText("USDT");
  await expect(note.getByTestId("balance-after")).toContainText("USDT");
  await expectAccessible(page);
  await screenshot(page, "checkout-balance-quote-zh");
});

test("the product page arrives with the quote for what the form starts with, and asks again only when the choice changes", async ({
  page,
  request,
}) => {
  const path = `/en/products/${demo.mailbox}`;
  expect(await (await request.get(path)).text()).toContain('data-testid="quote-amount"');
  const quoteRequests: string[] = [];
  page.on("request", (sent) => {
    if (sent.method() === "POST" && sent.headers()["next-action"]) quoteRequests.push(sent.url());
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const form = page.getByTestId("checkout");
  await expect(form.getByTestId("quote-amount")).toBeVisible();
  expect(quoteRequests).toHaveLength(0);
  await form.getByLabel("Quantity", { exact: true }).fill("13");
  await expect(form.getByTestId("quote-amount")).toHaveText("0.91 USDT");
  expect(quoteRequests).toHaveLength(1);
});
