import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeProduct } from "../support/fixtures";

describe("GET /api/products", () => {
  it("lists listed products with the contract's fields and live stock", async () => {
    const product = await makeProduct({ priceFen: 50n, minQuantity: 5, stock: 7, tiers: [{ minQuantity: 50, priceFen: 45n }] });
    const hidden = await makeProduct({ listed: false });
    const { status, body } = await api("/api/products");
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    const listed = body.products.find((p: { id: string }) => p.id === product.id);
    expect(listed).toMatchObject({
      id: product.id,
      slug: product.slug,
      name_zh: product.nameZh,
      name_en: product.nameEn,
      stock: 7,
      min_quantity: 5,
      price: 0.5,
      price_tiers: [{ min_quantity: 50, price: 0.45 }],
      max_quantity: 200,
    });
    expect(body.products.some((p: { id: string }) => p.id === hidden.id)).toBe(false);
  });

  it("keeps the published sample's shape: price is a JSON number with at most 2 decimals", async () => {
    await makeProduct({ priceFen: 1234n });
    const { body } = await api("/api/products");
    for (const product of body.products) {
      expect(typeof product.price).toBe("number");
      expect(Math.round(product.price * 100) / 100).toBe(product.price);
      expect(typeof product.id).toBe("string");
      expect(Number.isInteger(product.stock)).toBe(true);
    }
  });
});

describe("GET /api/products/:idOrSlug", () => {
  it("finds a product by id and by slug", async () => {
    const product = await makeProduct({ stock: 3 });
    const byId = await api(`/api/products/${product.id}`);
    const bySlug = await api(`/api/products/${product.slug}`);
    expect(byId.status).toBe(200);
    expect(byId.body.product).toMatchObject({ id: product.id, stock: 3 });
    expect(bySlug.body.product).toEqual(byId.body.product);
  });

  it("answers 404 Product not found for unknown and unlisted products", async () => {
    const hidden = await makeProduct({ listed: false });
    for (const key of ["no-such-product", hidden.id, "00000000-0000-0000-0000-000000000000"]) {
      const { status, body } = await api(`/api/products/${key}`);
      expect(status).toBe(404);
      expect(body).toMatchObject({ success: false, error: "Product not found" });
    }
  });
});
