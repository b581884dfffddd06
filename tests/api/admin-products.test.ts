// /api/admin/products, /categories and /coupons: the operator's catalogue, with the public
// API's field names and units, an audit entry for every write, and bad input writing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { api, createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { auditCount, makeAdmin } from "../support/admin";
import { answers } from "@/lib/api/admin-response-schemas";

let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  admin = await makeAdmin();
});

const as = (method: string, path: string, json?: unknown) => api(path, { method, token: admin.token, json });
const slug = () => `adm-${randomUUID().slice(0, 8)}`;

describe("products", () => {
  it("creates (201) with the public field names, shows it in the public API at once, and audits it", async () => {
    const category = await as("POST", "/api/admin/categories", { slug: slug(), name_zh: "邮箱", name_en: "Mailboxes" });
    expect(category.status).toBe(201);
    const input = {
      slug: slug(),
      name_zh: "新商品",
      name_en: "New product",
      price: "12.50",
      min_quantity: 2,
      max_quantity: 50,
      description_zh: "**粗体**",
      description_en: "**bold**",
      price_tiers: [{ min_quantity: 10, price: 11.9 }],
      delimiter: "|",
      category: category.body.category.slug,
      sort_order: 7,
      low_stock_threshold: 3,
    };
    const created = await as("POST", "/api/admin/products", input);
    expect(created.status).toBe(201);
    const product = answers.product.parse(created.body).product;
    expect(product).toMatchObject({
      slug: input.slug,
      price: 12.5,
      price_tiers: [{ min_quantity: 10, price: 11.9 }],
      min_quantity: 2,
      max_quantity: 50,
      delimiter: "|",
      listed: true,
      low_stock_threshold: 3,
      category: { slug: input.category, name_en: "Mailboxes" },
      stock_counts: { available: 0, reserved: 0, sold: 0 },
    });
    const stored = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(stored.priceFen).toBe(1250n);

    const publicView = await api(`/api/products/${input.slug}`);
    expect(publicView.body.product).toMatchObject({ id: product.id, price: 12.5, min_quantity: 2, name_en: "New product" });

    const audit = await as("GET", `/api/admin/audit?entity_type=product&entity_id=${product.id}`);
    const [entry] = answers.audit.parse(audit.body).entries;
    expect(entry).toMatchObject({ action: "product.create", actor_email: admin.email, entity_id: product.id, before: null });
    expect(entry!.after).toMatchObject({ slug: input.slug, price: 12.5 });
    expect(entry!.ip).toMatch(/^10\./);
  });

  it("patches the fields sent, with before and after in the audit log; unlisting hides it from the public API", async () => {
    const product = await makeProduct({ stock: 3, priceFen: 1000n });
    const patched = await as("PATCH", `/api/admin/products/${product.id}`, { price: 9.99, price_tiers: [{ min_quantity: 5, price: "8" }] });
    expect(patched.status).toBe(200);
    expect(answers.product.parse(patched.body).product).toMatchObject({
      price: 9.99,
      price_tiers: [{ min_quantity: 5, price: 8 }],
      name_en: product.nameEn,
      stock: 3,
    });
    expect((await api(`/api/products/${product.id}`)).body.product.price).toBe(9.99);

    const audit = (await as("GET", `/api/admin/audit?entity_id=${product.id}&action=product.update`)).body.entries[0];
    expect(audit.before).toMatchObject({ price: 10, price_tiers: [] });
    expect(audit.after).toMatchObject({ price: 9.99, price_tiers: [{ min_quantity: 5, price: 8 }] });

    expect((await as("PATCH", `/api/admin/products/${product.id}`, { listed: false })).body.product.listed).toBe(false);
    expect((await api(`/api/products/${product.id}`)).status).toBe(404);
    expect((await as("GET", `/api/admin/products/${product.id}`)).body.product.listed).toBe(false);
  });

  it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
    const product = await makeProduct({ stock: 1, priceFen: 500n });
    const audits = await auditCount();
    const count = await db.product.count();
    const base = { slug: slug(), name_zh: "x", name_en: "x", price: 1 };
    const bad: [unknown, RegExp][] = [
      [{ ...base, price: 12.345 }, /price/],
      [{ ...base, price: "abc" }, /price/],
      [{ ...base, price: 0 }, /price must be at least 0.01/],
      [{ ...base, price: -1 }, /price/],
      [{ ...base, slug: "Bad Slug" }, /slug/],
      [{ ...base, min_quantity: 0 }, /min_quantity/],
      [{ ...base, max_quantity: 201 }, /max_quantity/],
      [{ ...base, min_quantity: 10, max_quantity: 5 }, /min_quantity must not exceed max_quantity/],
      [
        {
          ...base,
          price_tiers: [
            { min_quantity: 5, price: 1 },
            { min_quantity: 5, price: 2 },
          ],
        },
        /distinct/,
      ],
      [{ ...base, category: "no-such-category" }, /Unknown category/],
      [{ ...base, name_zh: "" }, /name_zh/],
      [{ ...base, surprise: true }, /Unknown field: surprise/],
      [{ name_zh: "x" }, /slug|name_en|price/],
    ];
    for (const [body, message] of bad) {
      const answer = await as("POST", "/api/admin/products", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toMatch(message);
    }
    const patchBad = await as("PATCH", `/api/admin/products/${product.id}`, { min_quantity: 300 });
    expect(patchBad.status).toBe(400);
    const patchCross = await as("PATCH", `/api/admin/products/${product.id}`, { min_quantity: 150, max_quantity: 100 });
    expect(patchCross.status).toBe(400);
    expect((await as("PATCH", `/api/admin/products/${product.id}`, { max_quantity: 0 })).status).toBe(400);
    const wrongType = await api("/api/admin/products", {
      method: "POST",
      token: admin.token,
      body: "slug=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(wrongType.status).toBe(415);
    expect(await auditCount()).toBe(audits);
    expect(await db.product.count()).toBe(count);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).priceFen).toBe(500n);
  });

  it("answers 409 for a taken slug and 404 for an unknown product", async () => {
    const product = await makeProduct({ stock: 0 });
    const taken = await as("POST", "/api/admin/products", { slug: product.slug, name_zh: "x", name_en: "x", price: 1 });
    expect(taken.status).toBe(409);
    const other = await makeProduct({ stock: 0 });
    expect((await as("PATCH", `/api/admin/products/${other.id}`, { slug: product.slug })).status).toBe(409);
    for (const method of ["GET", "PATCH", "DELETE"]) {
      const answer = await as(method, `/api/admin/products/${randomUUID()}`, method === "PATCH" ? { listed: true } : undefined);
      expect(answer.status).toBe(404);
      expect(answer.body.error).toBe("Product not found");
    }
  });

  it("deletes a product never ordered, and unlists one with orders (keeping its history)", async () => {
    const unsold = await makeProduct({ stock: 2 });
    const deleted = await as("DELETE", `/api/admin/products/${unsold.id}`);
    expect(answers.productDeleted.parse(deleted.body)).toMatchObject({ deleted: true, unlisted: false });
    expect(await db.product.findUnique({ where: { id: unsold.id } })).toBeNull();
    expect(await db.stockItem.count({ where: { productId: unsold.id } })).toBe(0);

    const sold = await makeProduct({ stock: 2 });
    const buyer = await makeUser({ balanceFen: 10_000n });
    expect(
      (
        await createOrder(
          { productId: sold.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
          { token: buyer.token },
        )
      ).status,
    ).toBe(200);
    const unlisted = await as("DELETE", `/api/admin/products/${sold.id}`);
    expect(unlisted.body).toMatchObject({ success: true, deleted: false, unlisted: true });
    expect(await db.product.findUniqueOrThrow({ where: { id: sold.id } })).toMatchObject({ listed: false });
    expect(await db.order.count({ where: { productId: sold.id } })).toBe(1);
    const actions = (await as("GET", `/api/admin/audit?entity_type=product&entity_id=${sold.id}`)).body.entries.map(
      (entry: { action: string }) => entry.action,
    );
    expect(actions).toEqual(["product.unlist"]);
  });

  it("lists every product, listed or not, with stock counts, and filters", async () => {
    const hidden = await makeProduct({ stock: 4, listed: false });
    const list = answers.products.parse((await as("GET", "/api/admin/products")).body).products;
    expect(list.find((product) => product.id === hidden.id)).toMatchObject({
      listed: false,
      stock: 4,
      stock_counts: { available: 4, reserved: 0, sold: 0 },
    });
    const searched = (await as("GET", `/api/admin/products?q=${hidden.slug}`)).body.products;
    expect(searched.map((product: { id: string }) => product.id)).toEqual([hidden.id]);
    const onlyListed = (await as("GET", "/api/admin/products?listed=true")).body.products;
    expect(onlyListed.some((product: { id: string }) => product.id === hidden.id)).toBe(false);
    expect((await as("GET", "/api/admin/products?listed=maybe")).status).toBe(400);
  });
});

describe("categories", () => {
  it("creates, renames, lists with product counts, deletes (products become uncategorised); 409, 404 and 400 write nothing", async () => {
    const created = await as("POST", "/api/admin/categories", { slug: slug(), name_zh: "游戏", name_en: "Games", sort_order: 3 });
    expect(created.status).toBe(201);
    const category = answers.category.parse(created.body).category;
    const product = await as("POST", "/api/admin/products", {
      slug: slug(),
      name_zh: "x",
      name_en: "x",
      price: 1,
      category: category.slug,
    });
    const renamed = await as("PATCH", `/api/admin/categories/${category.id}`, { name_en: "Video games" });
    expect(renamed.body.category).toMatchObject({ name_en: "Video games", products: 1 });
    expect((await as("GET", "/api/admin/categories")).body.categories.find((c: { id: string }) => c.id === category.id)).toMatchObject({
      products: 1,
    });

    const audits = await auditCount();
    expect((await as("POST", "/api/admin/categories", { slug: category.slug, name_zh: "x", name_en: "x" })).status).toBe(409);
    expect((await as("POST", "/api/admin/categories", { slug: "x", name_zh: "", name_en: "x" })).status).toBe(400);
    expect((await as("PATCH", `/api/admin/categories/${category.id}`, { sort_order: 1.5 })).status).toBe(400);
    expect((await as("PATCH", `/api/admin/categories/${randomUUID()}`, { name_en: "x" })).status).toBe(404);
    expect(await auditCount()).toBe(audits);

    expect((await as("DELETE", `/api/admin/categories/${category.id}`)).body).toMatchObject({ success: true, deleted: true });
    expect((await as("GET", `/api/admin/products/${product.body.product.id}`)).body.product.category).toBeNull();
    expect((await as("GET", `/api/admin/categories/${category.id}`)).status).toBe(404);
  });
});

describe("coupons", () => {
  it("creates percent and fixed coupons that orders then use; fixed values are CNY", async () => {
    const product = await makeProduct({ stock: 5, priceFen: 1000n });
    const fixed = await as("POST", "/api/admin/coupons", {
      code: `fx${randomUUID().slice(0, 6)}`,
      kind: "fixed",
      value: "2.50",
      uses_left: 1,
    });
    expect(fixed.status).toBe(201);
    const coupon = answers.coupon.parse(fixed.body).coupon;
    expect(coupon).toMatchObject({ kind: "fixed", value: 2.5, uses_left: 1, used_count: 0, active: true });
    expect(coupon.code).toBe(coupon.code.toUpperCase());
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).value).toBe(250);

    const buyer = await makeUser({ balanceFen: 10_000n });
    const order = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny", couponCode: coupon.code },
      { token: buyer.token },
    );
    expect(order.body.order).toMatchObject({ discount: 2.5, amount: 7.5 });
    // One use only.
    const second = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny", couponCode: coupon.code },
      { token: buyer.token },
    );
    expect(second.status).toBe(400);

    const percent = await as("POST", "/api/admin/coupons", {
      code: `pc${randomUUID().slice(0, 6)}`,
      kind: "percent",
      value: 15,
      product_id: product.id,
      expires_at: "2099-01-01T00:00:00Z",
    });
    expect(percent.body.coupon).toMatchObject({
      kind: "percent",
      value: 15,
      product_id: product.id,
      expires_at: "2099-01-01T00:00:00.000Z",
    });
    const listed = await as("GET", `/api/admin/coupons?q=${percent.body.coupon.code}`);
    expect(answers.coupons.parse(listed.body).coupons.map((c) => c.id)).toEqual([percent.body.coupon.id]);
  });

  it("refuses bad values, unknown products and taken codes, writing nothing; deletes or deactivates", async () => {
    const audits = await auditCount();
    const code = `bad${randomUUID().slice(0, 6)}`;
    for (const body of [
      { code, kind: "percent", value: 0 },
      { code, kind: "percent", value: 100 },
      { code, kind: "percent", value: 12.5 },
      { code, kind: "fixed", value: "1.234" },
      { code, kind: "fixed", value: -1 },
      { code, kind: "other", value: 1 },
      { code: "a b", kind: "fixed", value: 1 },
      { code, kind: "fixed", value: 1, product_id: randomUUID() },
      { code, kind: "fixed", value: 1, expires_at: "tomorrow" },
    ]) {
      const answer = await as("POST", "/api/admin/coupons", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect(await db.coupon.count({ where: { code: code.toUpperCase() } })).toBe(0);
    expect(await auditCount()).toBe(audits);

    const created = (await as("POST", "/api/admin/coupons", { code, kind: "percent", value: 10 })).body.coupon;
    expect((await as("POST", "/api/admin/coupons", { code: code.toLowerCase(), kind: "percent", value: 10 })).status).toBe(409);
    expect((await as("PATCH", `/api/admin/coupons/${created.id}`, { kind: "fixed" })).status).toBe(400);
    expect((await as("PATCH", `/api/admin/coupons/${created.id}`, { kind: "fixed", value: 3 })).body.coupon).toMatchObject({
      kind: "fixed",
      value: 3,
    });
    expect((await as("DELETE", `/api/admin/coupons/${created.id}`)).body).toMatchObject({ deleted: true, deactivated: false });
    expect((await as("GET", `/api/admin/coupons/${created.id}`)).status).toBe(404);
  });

  it("deactivates instead of deleting a coupon that an order used", async () => {
    const product = await makeProduct({ stock: 3, priceFen: 1000n });
    const buyer = await makeUser({ balanceFen: 10_000n });
    const coupon = (await as("POST", "/api/admin/coupons", { code: `used${randomUUID().slice(0, 6)}`, kind: "percent", value: 10 })).body
      .coupon;
    const order = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny", couponCode: coupon.code },
      { token: buyer.token },
    );
    expect(order.status).toBe(200);
    expect((await as("DELETE", `/api/admin/coupons/${coupon.id}`)).body).toMatchObject({ deleted: false, deactivated: true });
    expect((await as("GET", `/api/admin/coupons/${coupon.id}`)).body.coupon).toMatchObject({ active: false, used_count: 1 });
  });
});
