import { expect, test } from "@playwright/test";
import { demo } from "./support/pages";

test("/ redirects by the browser's language", async ({ request }) => {
  const en = await request.get("/", { headers: { "accept-language": "en-US,en;q=0.9" }, maxRedirects: 0 });
  expect(en.status()).toBe(307);
  expect(new URL(en.headers()["location"]!, "http://x").pathname).toBe("/en");

  const zh = await request.get("/", { headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" }, maxRedirects: 0 });
  expect(new URL(zh.headers()["location"]!, "http://x").pathname).toBe("/zh");

  // Neither language: the default, Chinese.
  const fr = await request.get("/", { headers: { "accept-language": "fr-FR" }, maxRedirects: 0 });
  expect(new URL(fr.headers()["location"]!, "http://x").pathname).toBe("/zh");
});

test("a browser with an English language lands on /en", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "en-GB", baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All products");
  await context.close();
});

test("the public API is not touched by locale routing", async ({ request }) => {
  const products = await request.get("/api/products", { headers: { "accept-language": "en" }, maxRedirects: 0 });
  expect(products.status()).toBe(200);
  expect(products.headers()["content-type"]).toContain("application/json");
  const unknown = await request.get("/api/nothing-here", { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["location"]).toBeUndefined();
});

test("a page whose name starts with api still gets its locale", async ({ request }) => {
  const docs = await request.get("/api-docs", { headers: { "accept-language": "en" }, maxRedirects: 0 });
  expect(docs.status()).toBe(307);
  expect(new URL(docs.headers()["location"]!, "http://x").pathname).toBe("/en/api-docs");
});

test("the language switch keeps the page and its query", async ({ page }) => {
  await page.goto(`/zh/products/${demo.office}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("办公套件激活码（演示）");
  await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`/en/products/${demo.office}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Office suite licence key (demo)");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/en?category=gift-codes&q=gift");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL("/zh?category=gift-codes&q=gift");
  await expect(page.getByTestId("product-card")).toHaveCount(1);
  await expect(page.getByTestId("product-card")).toContainText("¥100 礼品卡（演示）");
});

test("the chosen language is remembered for /", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "zh-CN", baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL("/zh");
  await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL("/en");
  await page.goto("/");
  await expect(page).toHaveURL("/en");
  await context.close();
});

test("a missing file outside the locales is a 404 in both languages", async ({ page }) => {
  const response = await page.goto("/no-such-file.txt");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("404 · 页面不存在 · Page not found");
});
