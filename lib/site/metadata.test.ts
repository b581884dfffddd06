import { describe, expect, it } from "vitest";
import { alternatesFor, pageMetadata } from "./metadata";

describe("page metadata", () => {
  it("links each page to itself in every locale", () => {
    expect(alternatesFor("en", "/faq")).toEqual({
      canonical: "/en/faq",
      languages: { "zh-CN": "/zh/faq", en: "/en/faq", "x-default": "/zh/faq" },
    });
  });

  it("fills OpenGraph and the Twitter card from the same title and description", () => {
    const metadata = pageMetadata({ locale: "zh", path: "/products/a", title: "商品", description: "说明", siteName: "Stockline" });
    expect(metadata.openGraph).toMatchObject({
      title: "商品",
      description: "说明",
      url: "/zh/products/a",
      locale: "zh_CN",
      alternateLocale: ["en_US"],
      siteName: "Stockline",
    });
    expect(metadata.twitter).toMatchObject({ card: "summary", title: "商品", description: "说明" });
  });
});
