// The catalogue copy kept in memory (CATALOG_CACHE_MS) never shows stale stock for changes
// this instance made: every order takes its items off the copy's count, the operator's changes
// drop it; changes made elsewhere show once the copy has aged. (The other tests run with the
// copy off.)
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomInt } from "node:crypto";
import { api, randomIp } from "../support/api";
import { enableCoin } from "../support/receiving-address";
import { rawRequestTo } from "../support/raw-request";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { eventually } from "../support/shop";
import { startServer, type RunningServer } from "../support/server";
import { catalogCopyLifetime } from "@/lib/catalog/copy-lifetime";
import { expireOrder } from "@/lib/orders/expire-orders";

const COIN = "trc20_usdt";

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
    expect(await stockOf(product.id)).toBe(5);
    await orderThroughThisInstance(product.id, 2);
    expect(await stockOf(product.id)).toBe(3);
  });
});

describe("the catalogue cache under orders", () => {
  it("counts each order once, whether or not a count that ran while it committed saw it", async () => {
    const product = await makeProduct({ stock: 60 });
    await operatorChangeThroughThisInstance(product.id);
    expect(await stockOf(product.id)).toBe(60);
    // Forty orders, while the operator's changes keep dropping the copy: each new count runs
    // while some of the orders commit, and the catalogue is read all along.
    let ordering = true;
    const orders = Promise.all(Array.from({ length: 40 }, () => orderThroughThisInstance(product.id))).finally(() => (ordering = false));
    const reads = (async () => {
      while (ordering) await stockOf(product.id);
    })();
    const changes = (async () => {
      while (ordering) await operatorChangeThroughThisInstance(product.id);
    })();
    await Promise.all([orders, reads, changes]);
    expect(await stockOf(product.id)).toBe(20);
    expect(await db.stockItem.count({ where: { productId: product.id, status: "available" } })).toBe(20);
  });
});

describe("the catalogue cache and payments", () => {
  it("keeps the copy when an order is paid in time, and shows a late payment's items taken again at once", async () => {
    await enableCoin(COIN, "TCatalogueCacheTestAddress00000001", cached.baseUrl);
    const admin = await makeUser({ role: "admin" });
    const product = await makeProduct({ stock: 5, priceFen: BigInt(randomInt(1_000, 90_000)) });
    await operatorChangeThroughThisInstance(product.id);
    const pending = async () => {
      const created = await api("/api/orders/create", {
        base: cached.baseUrl,
        headers: { "x-forwarded-for": randomIp() },
        json: {
          productId: product.id,
          quantity: 1,
          contactEmail: `cache-${randomInt(1e9)}@example.com`,
          paymentMethod: "crypto",
          coin: COIN,
        },
      });
      expect(created.status).toBe(200);
      return (created.body.order as { id: string }).id;
    };
    const confirm = async (orderId: string, json: object = {}) => {
      const confirmed = await api(`/api/admin/orders/${orderId}/confirm`, {
        base: cached.baseUrl,
        method: "POST",
        token: admin.token,
        json,
      });
      expect(confirmed.status).toBe(200);
    };
    const inTime = await pending();
    expect(await stockOf(product.id)).toBe(4);
    // Another instance sells an item: this instance's copy shows it once its lifetime is up.
    const [sold] = await db.stockItem.findMany({ where: { productId: product.id, status: "available" }, take: 1 });
    await db.stockItem.update({ where: { id: sold!.id }, data: { status: "sold" } });
    // Paid in time, the order's reserved item is sold: nothing on sale moved, the copy is kept.
    await confirm(inTime);
    expect(await stockOf(product.id)).toBe(4);

    // An order another instance's sweeper expired (its item back on sale), then paid late here:
    // it takes an item again, and this instance counts afresh at once.
    const late = await pending();
    await db.order.update({ where: { id: late }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrder(late);
    await confirm(late, { note: "transfer seen after expiry" });
    expect(await db.stockItem.count({ where: { productId: product.id, status: "available" } })).toBe(2);
    expect(await stockOf(product.id)).toBe(2);
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

// Products written straight to the database are new to this instance's copy (kept a minute):
// an operator's change through this instance drops the copy, and the next request counts again.
async function operatorChangeThroughThisInstance(productId: string): Promise<void> {
  const admin = await makeUser({ role: "admin" });
  const changed = await fetch(`${cached.baseUrl}/api/admin/products/${productId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${admin.token}`, "x-forwarded-for": randomIp() },
    body: JSON.stringify({ listed: true }),
  });
  expect(changed.status).toBe(200);
}

async function orderThroughThisInstance(productId: string, quantity = 1): Promise<void> {
  const buyer = await makeUser({ balanceFen: 10_000n });
  const ordered = await fetch(`${cached.baseUrl}/api/orders/create`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${buyer.token}`, "x-forwarded-for": randomIp() },
    body: JSON.stringify({ productId, quantity, contactEmail: buyer.email, paymentMethod: "balance_cny" }),
  });
  expect(ordered.status).toBe(200);
}

// With a query a request is Next's (lib/http/front-door-answers.ts); the copy lives a minute,
// so both are answered from one copy.
describe("the catalogue at the front door", () => {
  it("is answered by the server itself from the copy Next's route answers from: the same bytes and headers, gzipped once", async () => {
    const product = await makeProduct({ stock: 2 });
    // Enough products for an answer worth compressing (over 1 KB).
    await Promise.all(Array.from({ length: 4 }, () => makeProduct()));
    await operatorChangeThroughThisInstance(product.id);
    await orderThroughThisInstance(product.id);
    const throughNext = await rawRequestTo(`${cached.baseUrl}/api/products?through=next`);
    const frontDoor = await rawRequestTo(`${cached.baseUrl}/api/products`);
    expect(throughNext.headers["transfer-encoding"]).toBe("chunked");
    expect(frontDoor.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(frontDoor.headers["content-length"])).toBe(frontDoor.body.length);
    expect(frontDoor.headers["vary"]).toBe("Accept-Encoding");
    expect(frontDoor.body.length).toBeGreaterThan(1024);
    expect(frontDoor.body.equals(throughNext.body)).toBe(true);
    for (const header of ["content-type", "cache-control", "content-security-policy", "x-content-type-options", "x-frame-options"]) {
      expect(frontDoor.headers[header], header).toBe(throughNext.headers[header]);
    }
    const listed = JSON.parse(frontDoor.body.toString("utf8")) as { products: { id: string; stock: number }[] };
    expect(listed.products.find((entry) => entry.id === product.id)?.stock).toBe(1);

    const gzipped = await rawRequestTo(`${cached.baseUrl}/api/products`, { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
    expect(gunzipSync(gzipped.body).equals(frontDoor.body)).toBe(true);
  });

  it("answers one product by id or slug the same way, and leaves an unknown one to Next's 404", async () => {
    const product = await makeProduct({ stock: 2 });
    await operatorChangeThroughThisInstance(product.id);
    await orderThroughThisInstance(product.id);
    for (const idOrSlug of [product.id, product.slug]) {
      const throughNext = await rawRequestTo(`${cached.baseUrl}/api/products/${idOrSlug}?through=next`);
      const frontDoor = await rawRequestTo(`${cached.baseUrl}/api/products/${idOrSlug}`);
      expect(frontDoor.headers["transfer-encoding"], idOrSlug).toBeUndefined();
      expect(Number(frontDoor.headers["content-length"]), idOrSlug).toBe(frontDoor.body.length);
      expect(frontDoor.body.equals(throughNext.body), idOrSlug).toBe(true);
      expect(frontDoor.headers["cache-control"], idOrSlug).toBe("no-store, no-transform");
      expect((JSON.parse(frontDoor.body.toString("utf8")) as { product: { id: string; stock: number } }).product).toMatchObject({
        id: product.id,
        stock: 1,
      });
    }
    const unknown = await fetch(`${cached.baseUrl}/api/products/no-such-product`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ success: false, error: "Product not found" });
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
