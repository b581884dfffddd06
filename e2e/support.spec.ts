// Support pages (FAQ, contact, about, terms) and the API docs in both languages: content,
// headings, the footer and header links, axe, a 360 px run and screenshots of each.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, locales, screenshot } from "./support/pages";

const text = {
  zh: {
    faq: { title: "常见问题", heading: "用加密货币付款要注意什么？", body: "金额必须精确" },
    contact: { title: "联系我们", heading: "联系前请准备", body: "交易哈希" },
    about: { title: "关于我们", heading: "为什么可以放心购买", body: "自动发货" },
    terms: { title: "服务条款", heading: "4. 退款与售后", body: "已发货的商品原则上不予退款" },
    apiDocs: "API 文档",
    nav: "帮助与支持",
    endpoints: "接口",
    examples: "代码示例",
    copied: "已复制",
    footer: { faq: "常见问题", contact: "联系客服", about: "关于我们", terms: "服务条款", apiDocs: "API 文档" },
    expiry: "15 分钟",
  },
  en: {
    faq: {
      title: "Frequently asked questions",
      heading: "What should I watch out for when paying with crypto?",
      body: "Send the exact amount",
    },
    contact: { title: "Contact us", heading: "Before you write", body: "transaction hash" },
    about: { title: "About us", heading: "Why you can buy with confidence", body: "Automatic delivery" },
    terms: { title: "Terms of service", heading: "4. Refunds and support", body: "delivered items are not refundable as a rule" },
    apiDocs: "API documentation",
    nav: "Help and support",
    endpoints: "Endpoints",
    examples: "Code examples",
    copied: "Copied",
    footer: { faq: "FAQ", contact: "Contact support", about: "About us", terms: "Terms of service", apiDocs: "API docs" },
    expiry: "15 minutes",
  },
} as const;

const supportPages = ["faq", "contact", "about", "terms"] as const;

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const locale of locales) {
  const t = text[locale];

  for (const name of supportPages) {
    test(`${name} page in ${locale}: title, the operator's text, axe`, async ({ page }) => {
      await page.goto(`/${locale}/${name}`);
      await expect(page).toHaveTitle(`${t[name].title} · Stockline`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t[name].title);
      const content = page.getByTestId("support-content");
      await expect(content.getByRole("heading", { level: 2, name: t[name].heading })).toBeVisible();
      await expect(content).toContainText(t[name].body);
      // Each page links the others; the current one is marked.
      const nav = page.getByRole("navigation", { name: t.nav });
      await expect(nav.getByRole("link")).toHaveCount(4);
      await expect(nav.getByRole("link", { name: t[name].title, exact: true })).toHaveAttribute("aria-current", "page");
      await expectAccessible(page);
      await screenshot(page, `support-${name}-${locale}`);
    });
  }

  test(`FAQ in ${locale} explains networks, exact amounts and the expiry`, async ({ page }) => {
    await page.goto(`/${locale}/faq`);
    const content = page.getByTestId("support-content");
    await expect(content).toContainText("TRC20");
    await expect(content).toContainText(t.expiry);
    await expect(content.getByRole("link", { name: t.apiDocs, exact: true })).toHaveAttribute("href", `/${locale}/api-docs`);
  });

  test(`contact page in ${locale} shows the support email as a mail link`, async ({ page }) => {
    await page.goto(`/${locale}/contact`);
    // The text's own link (the footer lists the channels too).
    await expect(page.getByTestId("support-content").getByRole("link", { name: "support@example.com" })).toHaveAttribute(
      "href",
      "mailto:support@example.com",
    );
  });

  test(`API docs in ${locale}: endpoints with fields, answers and the published examples on this shop's address`, async ({
    page,
    baseURL,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/${locale}/api-docs`);
    await expect(page).toHaveTitle(`${t.apiDocs} · Stockline`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.apiDocs);
    await expect(page.getByTestId("api-base")).toHaveText(`${baseURL}/api`);
    // The sample answer is the API's own, first product included.
    const { products } = await (await page.request.get("/api/products")).json();
    const sample = JSON.parse((await page.getByTestId("code-json").first().locator("pre").textContent())!);
    // (stock aside: other tests running at the same time may be buying)
    const withoutStock = (product: object) => ({ ...product, stock: null });
    expect(sample.success).toBe(true);
    expect(sample.products.map(withoutStock)).toEqual([withoutStock(products[0])]);
    await expect(page.getByRole("heading", { level: 2, name: t.endpoints })).toBeVisible();
    await expect(page.getByTestId("endpoint")).toHaveCount(15);

    const create = page.locator("#postOrdersCreate");
    await expect(create.getByRole("heading", { level: 3 })).toHaveText("POST/api/orders/create");
    await expect(create.getByTestId("field-productId")).toHaveText(
      locale === "zh"
        ? "productIdstring · 请求体 · 必填商品 ID，必须是 GET /api/products 返回的 id1–100 个字符"
        : "productIdstring · body · requiredProduct id, as returned by GET /api/products1–100 characters",
    );
    await expect(create.getByTestId("field-quantity")).toContainText(
      locale === "zh" ? "integer · 请求体 · 必填" : "integer · body · required",
    );
    await expect(create.getByTestId("field-coin")).toContainText(locale === "zh" ? "可选" : "optional");
    await expect(create.getByTestId("field-paymentMethod")).toContainText("balance_crypto");
    // A field named like another endpoint's has its own description where it means something else.
    await expect(page.locator("#postAuthResetPassword").getByTestId("field-token")).toContainText(
      locale === "zh" ? "重置链接中的 token" : "The token from the reset link",
    );
    await expect(page.locator("#getOrdersIdStatus").getByTestId("field-token")).toContainText(
      locale === "zh" ? "订单的 access_token" : "The order's access_token",
    );
    await expect(create.getByText("Insufficient stock", { exact: true })).toBeVisible();
    await expect(page.locator("#getOrdersQuery")).toContainText("429");

    await expect(page.getByRole("heading", { level: 2, name: t.examples })).toBeVisible();
    for (const language of ["python", "javascript", "bash"]) {
      const block = page.getByTestId(`code-${language}`).last();
      await expect(block).toContainText(`${baseURL}/api`);
      await expect(block).not.toContainText("getgmailstore.com");
    }
    await expect(page.getByTestId("code-python").last()).toContainText('"coin": "trc20_usdt"');
    await expect(page.getByTestId("code-bash").last()).toContainText(locale === "zh" ? "# 人民币余额支付" : "# Pay from the CNY balance");
    await expect(page.getByRole("link", { name: /OpenAPI 3\.1/ })).toHaveAttribute("href", "/api/openapi.json");

    // The copy button puts the example on the clipboard.
    const python = page.getByTestId("code-python").last();
    await python.getByRole("button").click();
    await expect(python.getByRole("button")).toContainText(t.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`BASE_URL = "${baseURL}/api"`);

    await expectAccessible(page);
    // The contents column is sticky: back to the top so the full-page shot shows it in place.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `api-docs-${locale}`);
  });

  test(`footer and header in ${locale} link every support page and the API docs`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const footer = page.getByRole("contentinfo");
    for (const name of [...supportPages, "apiDocs"] as const) {
      await footer.getByRole("link", { name: t.footer[name], exact: true }).click();
      const title = name === "apiDocs" ? t.apiDocs : t[name].title;
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveURL(`/${locale}/${name === "apiDocs" ? "api-docs" : name}`);
    }
    await page.goto(`/${locale}`);
    await page
      .getByRole("navigation", { name: locale === "zh" ? "主导航" : "Main navigation" })
      .getByRole("link", { name: t.footer.apiDocs })
      .click();
    await expect(page).toHaveURL(`/${locale}/api-docs`);
  });

  test(`support pages keep the page when switching language from ${locale}`, async ({ page }) => {
    const other = locale === "zh" ? "en" : "zh";
    await page.goto(`/${locale}/terms`);
    await page
      .getByRole("navigation", { name: locale === "zh" ? "语言" : "Language" })
      .getByRole("link", { name: other === "zh" ? "中文" : "English" })
      .click();
    await expect(page).toHaveURL(`/${other}/terms`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[other].terms.title);
  });
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  for (const locale of locales) {
    for (const path of [...supportPages, "api-docs"]) {
      test(`${path} in ${locale}: no sideways scroll, axe`, async ({ page }) => {
        await page.goto(`/${locale}/${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page);
        await expectAccessible(page);
        await screenshot(page, `mobile-${path === "api-docs" ? "api-docs" : `support-${path}`}-${locale}`);
      });
    }
  }
});
