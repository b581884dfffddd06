// GET /sitemap.xml and /robots.txt: what search engines are told about the shop.
import { describe, expect, inject, it } from "vitest";
import { makeProduct } from "../support/fixtures";

async function get(path: string) {
  const response = await fetch(`${inject("baseUrl")}${path}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

describe("GET /sitemap.xml", () => {
  it("lists each listed product in both languages, each with its other-language version", async () => {
    const product = await makeProduct();
    const hidden = await makeProduct({ listed: false });
    const { status, type, text } = await get("/sitemap.xml");
    expect(status).toBe(200);
    expect(type).toContain("xml");
    const base = inject("baseUrl");
    for (const locale of ["zh", "en"]) {
      expect(text).toContain(`<loc>${base}/${locale}/products/${product.slug}</loc>`);
    }
    expect(text).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${base}/zh/products/${product.slug}" />`);
    expect(text).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${base}/en/products/${product.slug}" />`);
    expect(text).not.toContain(hidden.slug);
  });

  it("lists the home page, the support pages and the API docs, and no order pages", async () => {
    const { text } = await get("/sitemap.xml");
    const base = inject("baseUrl");
    for (const path of ["", "/faq", "/contact", "/about", "/terms", "/api-docs"]) {
      for (const locale of ["zh", "en"]) expect(text).toContain(`<loc>${base}/${locale}${path}</loc>`);
    }
    expect(text).not.toContain("/orders");
  });
});

describe("GET /robots.txt", () => {
  it("keeps crawlers out of the API and the order and account pages, and names the sitemap", async () => {
    const { status, text } = await get("/robots.txt");
    expect(status).toBe(200);
    expect(text).toMatch(/^User-Agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    for (const locale of ["zh", "en"]) {
      expect(text).toContain(`Disallow: /${locale}/orders/`);
      expect(text).toContain(`Disallow: /${locale}/account`);
    }
    expect(text).toContain(`Sitemap: ${inject("baseUrl")}/sitemap.xml`);
  });
});
