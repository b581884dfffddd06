// GET /sitemap.xml and /robots.txt: what search engines are told about the shop.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeProduct } from "../support/fixtures";
import { startServer, type RunningServer } from "../support/server";

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

describe("SITE_URL", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ SITE_URL: "https://shop.example.com" });
  });
  afterAll(() => server.stop());

  it("names the shop's own address in the sitemap, robots.txt and the pages' Link headers, whatever Host the client sent", async () => {
    const headers = { host: "evil.example", "x-forwarded-host": "evil.example" };
    const sitemap = await (await fetch(`${server.baseUrl}/sitemap.xml`, { headers })).text();
    expect(sitemap).toContain("<loc>https://shop.example.com/zh</loc>");
    expect(sitemap).not.toContain("evil.example");
    expect(await (await fetch(`${server.baseUrl}/robots.txt`, { headers })).text()).toContain(
      "Sitemap: https://shop.example.com/sitemap.xml",
    );
    const page = await fetch(`${server.baseUrl}/zh`, { headers, redirect: "manual" });
    const link = page.headers.get("link") ?? "";
    expect(link).toContain("<https://shop.example.com/zh>");
    expect(link).toContain("<https://shop.example.com/en>");
    expect(link).not.toContain("evil.example");
  });

  it("silences the start-up warning once it is set", () => {
    expect(server.log()).not.toContain("SITE_URL is not set");
  });
});

describe("without SITE_URL", () => {
  it("the production server warns at start, and a client's X-Forwarded-Host is not believed without a trusted proxy", async () => {
    const direct = await startServer({ TRUST_PROXY_HOPS: "0" });
    try {
      expect(direct.log()).toContain("SITE_URL is not set");
      const page = await fetch(`${direct.baseUrl}/zh`, { headers: { "x-forwarded-host": "evil.example" }, redirect: "manual" });
      expect(page.headers.get("link") ?? "").not.toContain("evil.example");
      const robots = await (await fetch(`${direct.baseUrl}/robots.txt`, { headers: { "x-forwarded-host": "evil.example" } })).text();
      expect(robots).not.toContain("evil.example");
    } finally {
      await direct.stop();
    }
  });
});
