// The catalogue copy kept in memory (CATALOG_CACHE_MS) never shows stale stock for changes
// this instance made: every order drops it; changes made elsewhere show once the copy has aged.
// (The other tests run with the copy off.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomIp } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { eventually } from "../support/shop";
import { startServer, type RunningServer } from "../support/server";
import { catalogCopyLifetime } from "@/lib/catalog/copy-lifetime";

let cached: RunningServer;
beforeAll(async () => {
  cached = await startServer({ CATALOG_CACHE_MS: "60000" });
});
afterAll(() => cached.stop());

async function stockOf(productId: string, server: RunningServer = cached): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/products`, { headers: { "x-forwarded-for": randomIp() } });
  const body = (await response.json()) as { products: { id: string; stock: number }[] };
  return body.products.find((product) => product.id === productId)!.stock;
}

describe("the catalogue cache", () => {
  it("shows an order's effect on stock at once on the instance that took it", async () => {
    const product = await makeProduct({ stock: 5 });
    const buyer = await makeUser({ balanceFen: 10_000n });
    expect(await stockOf(product.id)).toBe(5);
    const ordered = await fetch(`${cached.baseUrl}/api/orders/create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${buyer.token}`, "x-forwarded-for": randomIp() },
      body: JSON.stringify({ productId: product.id, quantity: 2, contactEmail: buyer.email, paymentMethod: "balance_cny" }),
    });
    expect(ordered.status).toBe(200);
    expect(await stockOf(product.id)).toBe(3);
  });
});

describe("the catalogue cache and the operator", () => {
  it("shows an operator's price change and unlisting at once on the instance that made them", async () => {
    const product = await makeProduct({ stock: 2, priceFen: 1000n });
    const admin = await makeUser({ role: "admin" });
    const products = async () =>
      (
        (await (await fetch(`${cached.baseUrl}/api/products`, { headers: { "x-forwarded-for": randomIp() } })).json()) as {
          products: { id: string; price: number }[];
        }
      ).products;
    const patch = (json: object) =>
      fetch(`${cached.baseUrl}/api/admin/products/${product.id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin.token}`, "x-forwarded-for": randomIp() },
        body: JSON.stringify(json),
      });
    // The product was written straight to the database, past this instance's copy (kept a
    // minute): the operator's first change through this instance brings it in at once.
    expect((await patch({ price: "10" })).status).toBe(200);
    expect((await products()).find((entry) => entry.id === product.id)?.price).toBe(10);
    expect((await patch({ price: "7.5" })).status).toBe(200);
    expect((await products()).find((entry) => entry.id === product.id)?.price).toBe(7.5);
    expect((await patch({ listed: false })).status).toBe(200);
    expect((await products()).some((entry) => entry.id === product.id)).toBe(false);
  });
});

describe("the catalogue cache and other instances", () => {
  let short: RunningServer;
  beforeAll(async () => {
    short = await startServer({ CATALOG_CACHE_MS: "2000" });
  });
  afterAll(() => short.stop());

  it("shows a change made elsewhere once the copy has aged, well before a second lifetime has gone by", async () => {
    const product = await makeProduct({ stock: 4 });
    const stock = () => stockOf(product.id, short);
    // The first read makes a copy (the product is new to this instance). How long that copy
    // lives depends on how long it took to make (lib/catalog/copy-lifetime.ts): at most as long
    // as the whole request, which bounds the lifetime on a loaded machine too.
    const firstReadAt = Date.now();
    await eventually(stock, (shown) => shown === 4);
    const lifetime = catalogCopyLifetime(2000, Date.now() - firstReadAt);
    // Another instance sells an item: written straight to the database, past this instance.
    const [sold] = await db.stockItem.findMany({ where: { productId: product.id }, take: 1 });
    await db.stockItem.update({ where: { id: sold!.id }, data: { status: "sold" } });
    const changedAt = Date.now();
    expect(await stock()).toBe(4);
    // Past the copy's lifetime the next request starts a new count and is answered from the aged
    // copy; the requests after it see the count: well before a second lifetime has gone by.
    await eventually(stock, (shown) => shown === 3, 2 * lifetime + 5000);
    expect(Date.now() - changedAt).toBeLessThan(2 * lifetime + 1000);
  });
});
