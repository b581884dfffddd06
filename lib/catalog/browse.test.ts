import { describe, expect, it } from "vitest";
import { catalogueFilterSchema, categoriesOf, filterProducts, lowestTierPrice } from "./browse";
import type { ProductDto } from "./product-dto";

const mail = { slug: "mailboxes", name_zh: "邮箱账号", name_en: "Mailbox accounts" };
const keys = { slug: "licence-keys", name_zh: "软件激活码", name_en: "Software licence keys" };

function product(slug: string, overrides: Partial<ProductDto> = {}): ProductDto {
  return {
    id: slug,
    slug,
    name_zh: `商品 ${slug}`,
    name_en: `Product ${slug}`,
    description_zh: "",
    description_en: "",
    category: null,
    price: 10,
    price_tiers: [],
    min_quantity: 1,
    max_quantity: 200,
    images: [],
    stock: 5,
    ...overrides,
  };
}

const products = [
  product("demo-mailbox", { name_zh: "演示邮箱账号", name_en: "Demo mailbox account", category: mail }),
  product("office-key", { name_zh: "办公套件激活码", name_en: "Office suite licence key", category: keys }),
  product("other-mailbox", { name_en: "Another Mailbox", category: mail }),
  product("loose"),
];

describe("filterProducts", () => {
  it("keeps everything without a filter", () => {
    expect(filterProducts(products, {})).toHaveLength(4);
  });

  it("matches English names case-insensitively, every word", () => {
    expect(filterProducts(products, { q: "MAILBOX" }).map((p) => p.slug)).toEqual(["demo-mailbox", "other-mailbox"]);
    expect(filterProducts(products, { q: "demo  mailbox" }).map((p) => p.slug)).toEqual(["demo-mailbox"]);
  });

  it("matches Chinese names", () => {
    expect(filterProducts(products, { q: "激活码" }).map((p) => p.slug)).toEqual(["office-key"]);
  });

  it("filters by category slug and combines with the search", () => {
    expect(filterProducts(products, { category: "mailboxes" }).map((p) => p.slug)).toEqual(["demo-mailbox", "other-mailbox"]);
    expect(filterProducts(products, { category: "mailboxes", q: "another" }).map((p) => p.slug)).toEqual(["other-mailbox"]);
    expect(filterProducts(products, { category: "nope" })).toEqual([]);
  });
});

describe("categoriesOf", () => {
  it("lists each category once, in product order", () => {
    expect(categoriesOf(products)).toEqual([mail, keys]);
  });
});

describe("lowestTierPrice", () => {
  it("is null without tiers", () => {
    expect(lowestTierPrice({ price: 10, price_tiers: [] })).toBeNull();
  });

  it("is the lowest tier price", () => {
    expect(
      lowestTierPrice({
        price: 0.5,
        price_tiers: [
          { min_quantity: 50, price: 0.45 },
          { min_quantity: 100, price: 0.4 },
        ],
      }),
    ).toBe(0.4);
  });

  it("is null when no tier is cheaper than the base price", () => {
    expect(lowestTierPrice({ price: 5, price_tiers: [{ min_quantity: 10, price: 5 }] })).toBeNull();
  });
});

describe("catalogueFilterSchema", () => {
  it("keeps strings, drops arrays and overlong text", () => {
    expect(catalogueFilterSchema.parse({ q: "  mail ", category: "mailboxes" })).toEqual({ q: "mail", category: "mailboxes" });
    expect(catalogueFilterSchema.parse({ q: ["a", "b"], category: "x".repeat(101) })).toEqual({ q: undefined, category: undefined });
  });
});
