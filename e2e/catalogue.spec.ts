import { expect, test } from "@playwright/test";
import { demo, screenshot } from "./support/pages";

const text = {
  zh: {
    title: "全部商品",
    soldOut: "已售罄",
    from: "低至 ¥0.40",
    min: "5 件起购",
    stock: "库存 400",
    mailbox: "演示邮箱账号（账号----密码----辅助邮箱）",
    count: "共 5 件商品",
  },
  en: {
    title: "All products",
    soldOut: "Sold out",
    from: "From ¥0.40",
    min: "Min. 5 per order",
    stock: "400 in stock",
    mailbox: "Demo mailbox account (account----password----recovery)",
    count: "5 products",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  test(`catalogue in ${locale}: cards with price, tier price, stock and min quantity; sold-out card`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const t = text[locale];
    await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(t.count);
    const cards = page.getByTestId("product-card");
    await expect(cards).toHaveCount(5);

    const mailbox = cards.filter({ hasText: t.mailbox });
    await expect(mailbox.getByTestId("price")).toHaveText("¥0.50");
    await expect(mailbox.getByTestId("from-price")).toHaveText(t.from);
    await expect(mailbox.getByTestId("stock-badge")).toHaveText(t.stock);
    await expect(mailbox.getByTestId("min-quantity")).toHaveText(t.min);

    // A product without tiers shows no "from" price.
    await expect(cards.filter({ has: page.locator(`a[href="/${locale}/products/${demo.gift}"]`) }).getByTestId("from-price")).toHaveCount(
      0,
    );

    const soldOut = cards.filter({ has: page.locator(`a[href="/${locale}/products/${demo.soldOut}"]`) });
    await expect(soldOut).toHaveAttribute("data-sold-out", "true");
    await expect(soldOut.getByTestId("stock-badge")).toHaveText(t.soldOut);
    await expect(cards.filter({ has: page.locator('[data-sold-out="true"]') })).toHaveCount(0);
    await expect(page.locator('[data-testid="product-card"][data-sold-out="true"]')).toHaveCount(1);

    // Footer names the support sections.
    await expect(page.getByRole("contentinfo")).toContainText(locale === "zh" ? "订单查询" : "Order lookup");
    await screenshot(page, `home-${locale}`);
  });
}

test("a card opens its product page", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: text.en.mailbox }).click();
  await expect(page).toHaveURL(`/en/products/${demo.mailbox}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.en.mailbox);
});

test("links fetch their page on intent (pointer over a card), not when they come into view", async ({ page }) => {
  // Next's router fetches a page ahead as an RSC request (`?_rsc=`).
  const ahead: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).searchParams.has("_rsc")) ahead.push(new URL(request.url()).pathname);
  });
  await page.goto("/en");
  await page.waitForLoadState("networkidle");
  // Nothing fetched ahead for the cards, filters and menu links on screen.
  expect(ahead).toEqual([]);

  const card = page.getByRole("link", { name: text.en.mailbox });
  // The pointer over it: its page is fetched ahead, and the click then opens it.
  await card.hover();
  await expect.poll(() => ahead).toContain(`/en/products/${demo.mailbox}`);
  await card.click();
  await expect(page).toHaveURL(`/en/products/${demo.mailbox}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.en.mailbox);
});

test("search narrows the catalogue by name in either language", async ({ page }) => {
  await page.goto("/zh");
  await page.getByRole("searchbox", { name: "搜索商品" }).fill("激活码");
  await page.getByRole("searchbox", { name: "搜索商品" }).press("Enter");
  await expect(page).toHaveURL(/\/zh\?q=%E6%BF%80%E6%B4%BB%E7%A0%81$/);
  await expect(page.getByTestId("product-card")).toHaveCount(1);
  await expect(page.getByTestId("product-card")).toContainText("办公套件激活码（演示）");
  await screenshot(page, "search-zh");

  await page.goto("/en?q=MEMBERSHIP");
  await expect(page.getByTestId("product-card")).toHaveCount(1);
  await expect(page.getByTestId("product-card")).toContainText("Streaming membership, one month (demo)");
  await expect(page.getByRole("searchbox", { name: "Search products" })).toHaveValue("MEMBERSHIP");

  await page.goto("/en?q=nothing-like-this");
  await expect(page.getByTestId("product-card")).toHaveCount(0);
  await expect(page.getByText("No products match your search.")).toBeVisible();
  await screenshot(page, "search-empty-en");
});

test("category links filter the catalogue and keep the search", async ({ page }) => {
  await page.goto("/en");
  const categories = page.getByRole("navigation", { name: "Categories" });
  await categories.getByRole("link", { name: "Subscriptions" }).click();
  await expect(page).toHaveURL("/en?category=subscriptions");
  await expect(categories.getByRole("link", { name: "Subscriptions" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("product-card")).toHaveCount(2);
  await screenshot(page, "category-en");

  // Searching inside a category keeps it.
  await page.getByRole("searchbox", { name: "Search products" }).fill("network");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/en?q=network&category=subscriptions");
  await expect(page.getByTestId("product-card")).toHaveCount(1);
  await expect(page.getByTestId("product-card")).toContainText("Network accelerator");

  await categories.getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL("/en?q=network");
  await expect(page.getByTestId("product-card")).toHaveCount(1);
});

test("keyboard: skip link, then Tab reaches a product and Enter opens it", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  // From the main landmark, Tab goes through the search box, button and categories to the first card.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    if (href.includes("/products/")) break;
  }
  await expect(page.locator(":focus")).toHaveAttribute("href", `/en/products/${demo.mailbox}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/en/products/${demo.mailbox}`);
});

// React streams a Suspense boundary whose finished content exceeds about 12 KB as a hidden
// <div id="S:n"> that an inline script moves into place at the next animation frame; with the
// page's scripts busy starting up, the catalogue's first picture then painted about a second
// after the rest of the page (Lighthouse's LCP counted every script before it). A route-level
// loading.tsx is such a boundary around the whole page. These pages must not have one, nor the
// support pages: their skeleton, painted before the text replaced it, moved the footer by a
// third of a phone's screen (Lighthouse measured a layout shift of 0.33 on the FAQ).
const firstPictures = [
  { path: "/en", testId: "product-image" },
  { path: `/zh/products/${demo.mailbox}`, testId: "gallery-image" },
];
for (const { path, testId } of firstPictures) {
  test(`${path} sends its first product picture in the page's first paint, not streamed in behind a skeleton`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const picture = html.indexOf(`data-testid="${testId}"`);
    expect(picture).toBeGreaterThan(0);
    const hiddenSegment = html.search(/<div hidden id="S:\d+">/);
    if (hiddenSegment >= 0) expect(picture).toBeLessThan(hiddenSegment);
    expect(html).not.toContain('data-testid="catalogue-skeleton"');
    expect(html).not.toContain('data-testid="product-skeleton"');
  });
}
for (const path of ["/en/faq", "/zh/terms"]) {
  test(`${path} sends its text in the page's first paint, without a skeleton that moves the page`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain('id="support-title"');
    expect(html).not.toMatch(/<div hidden id="S:\d+">/);
    expect(html).not.toContain('role="status"');
  });
}
