// Link previews and search: OpenGraph/Twitter tags and hreflang alternates per product and
// locale, and the product description rendered from Markdown.
import { expect, test, type Page } from "@playwright/test";
import { demo, locales } from "./support/pages";

const text = {
  zh: {
    name: "演示邮箱账号（账号----密码----辅助邮箱）",
    description: "演示商品：每行一个邮箱账号，格式 账号----密码----辅助邮箱。5 个起购，批量更优惠。",
    code: "账号----密码----辅助邮箱",
    ogLocale: "zh_CN",
    faq: "常见问题",
  },
  en: {
    name: "Demo mailbox account (account----password----recovery)",
    description: "Demo item: one mailbox per line as account----password----recovery. Minimum 5, cheaper in bulk.",
    code: "account----password----recovery",
    ogLocale: "en_US",
    faq: "Frequently asked questions",
  },
} as const;

const meta = (page: Page, attribute: "property" | "name", key: string) => page.locator(`meta[${attribute}="${key}"]`);

for (const locale of locales) {
  const t = text[locale];

  test(`product page in ${locale}: OpenGraph, Twitter and hreflang tags`, async ({ page, baseURL }) => {
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    const url = `${baseURL}/${locale}/products/${demo.mailbox}`;
    await expect(meta(page, "property", "og:title")).toHaveAttribute("content", t.name);
    // Plain text: the Markdown's backticks do not reach link previews.
    await expect(meta(page, "property", "og:description")).toHaveAttribute("content", t.description);
    await expect(meta(page, "name", "description")).toHaveAttribute("content", t.description);
    await expect(meta(page, "property", "og:url")).toHaveAttribute("content", url);
    await expect(meta(page, "property", "og:locale")).toHaveAttribute("content", t.ogLocale);
    await expect(meta(page, "property", "og:site_name")).toHaveAttribute("content", "Stockline");
    await expect(meta(page, "name", "twitter:card")).toHaveAttribute("content", "summary");
    await expect(meta(page, "name", "twitter:title")).toHaveAttribute("content", t.name);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", `${baseURL}/zh/products/${demo.mailbox}`);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${baseURL}/en/products/${demo.mailbox}`);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      "href",
      `${baseURL}/zh/products/${demo.mailbox}`,
    );
  });

  test(`product description in ${locale} is rendered Markdown`, async ({ page }) => {
    await page.goto(`/${locale}/products/${demo.mailbox}`);
    const description = page.getByTestId("description");
    await expect(description).toHaveText(t.description);
    await expect(description.locator("code")).toHaveText(t.code);
  });

  test(`support page in ${locale} has its own preview tags; site-wide defaults elsewhere`, async ({ page, baseURL }) => {
    await page.goto(`/${locale}/faq`);
    await expect(meta(page, "property", "og:title")).toHaveAttribute("content", t.faq);
    await expect(meta(page, "property", "og:url")).toHaveAttribute("content", `${baseURL}/${locale}/faq`);
    await page.goto(`/${locale}/orders/lookup`);
    await expect(meta(page, "property", "og:site_name")).toHaveAttribute("content", "Stockline");
    await expect(meta(page, "property", "og:locale")).toHaveAttribute("content", t.ogLocale);
    // A private page does not claim another page's address.
    await expect(meta(page, "property", "og:url")).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });
}
