// POST /api/admin/products/:id/stock and the stock views: text/plain up to 32 MB, duplicates
// (in the file and in stock) and blank lines counted, all or nothing; items by state, delete
// unsold, export unsold.
import { describe, expect, it, beforeAll } from "vitest";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { api, createOrder, randomIp } from "../support/api";
import { makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { auditCount, makeAdmin } from "../support/admin";
import { answers } from "@/lib/api/admin-response-schemas";

let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  admin = await makeAdmin();
});

const upload = (productId: string, text: string, type = "text/plain; charset=utf-8") =>
  api(`/api/admin/products/${productId}/stock`, { method: "POST", token: admin.token, body: text, headers: { "content-type": type } });

describe("stock import", () => {
  it("adds new lines, skips duplicates within the file and against stock, counts blank lines", async () => {
    const product = await makeProduct({ stock: 0 });
    const first = await upload(product.id, "a@x.com----1\r\nb@x.com----2\n\n  a@x.com----1  \n   \nc@x.com----3\n");
    expect(first.status).toBe(200);
    expect(answers.imported.parse(first.body)).toEqual({ success: true, added: 3, duplicates: 1, blank: 2 });
    const second = await upload(product.id, "c@x.com----3\nd@x.com----4");
    expect(second.body).toEqual({ success: true, added: 1, duplicates: 1, blank: 0 });
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 0 });
    const audit = (await api(`/api/admin/audit?entity_id=${product.id}&action=stock.import`, { token: admin.token })).body.entries;
    expect(audit.map((entry: { after: unknown }) => entry.after)).toEqual([
      { added: 1, duplicates: 1, blank: 0 },
      { added: 3, duplicates: 1, blank: 2 },
    ]);
  });

  it("is all or nothing: one bad line refuses the whole file", async () => {
    const product = await makeProduct({ stock: 0 });
    const audits = await auditCount();
    const refused = await upload(product.id, `ok-1\nok-2\n${"x".repeat(4097)}\nok-3`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("Line 3 is longer than 4096 characters");
    const raw = await fetch(`${inject("baseUrl")}/api/admin/products/${product.id}/stock`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin.token}`, "content-type": "text/plain", "x-forwarded-for": randomIp() },
      body: new Uint8Array([0x6f, 0x6b, 0x0a, 0xff, 0xfe]),
    });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { error: string }).error).toBe("The body is not valid UTF-8 text");
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 0 });
    expect(await auditCount()).toBe(audits);
  });

  it("refuses other content types (415), bodies over 32 MB (413) and unknown products (404)", async () => {
    const product = await makeProduct({ stock: 0 });
    expect((await upload(product.id, "line", "application/json")).status).toBe(415);
    const big = await upload(product.id, `${"y".repeat(1000)}\n`.repeat(33 * 1024 + 100));
    expect(big.status).toBe(413);
    expect((await upload(randomUUID(), "line")).status).toBe(404);
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 0 });
  });

  it("takes a 20 MB file (the public API keeps its 16 KB cap)", async () => {
    const product = await makeProduct({ stock: 0 });
    const prefix = randomUUID();
    const lines = Array.from({ length: 50_000 }, (_, i) => `${prefix}-${i}----${"p".repeat(400)}`);
    const text = lines.join("\n");
    expect(Buffer.byteLength(text)).toBeGreaterThan(20 * 1024 * 1024);
    const answer = await upload(product.id, text);
    expect(answer.body).toEqual({ success: true, added: 50_000, duplicates: 0, blank: 0 });
    expect((await stockCounts(product.id)).available).toBe(50_000);
    const publicCap = await api("/api/orders/create", {
      body: JSON.stringify({ pad: "z".repeat(20_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(publicCap.status).toBe(413);
  });
});

describe("stock items", () => {
  it("lists items by state with content and order number, pages by cursor, deletes and exports only unsold ones", async () => {
    const product = await makeProduct({ lines: ["l-1", "l-2", "l-3", "l-4", "l-5"] });
    const buyer = await makeUser({ balanceFen: 10_000n });
    const order = await createOrder(
      { productId: product.id, quantity: 2, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const as = (method: string, path: string, json?: unknown) =>
      api(`/api/admin/products/${product.id}/stock${path}`, { method, token: admin.token, json });

    const sold = answers.stockItems.parse((await as("GET", "?status=sold")).body);
    expect(sold.items.map((item) => [item.content, item.order_no])).toEqual([
      ["l-1", order.body.order.order_no],
      ["l-2", order.body.order.order_no],
    ]);
    const firstPage = answers.stockItems.parse((await as("GET", "?limit=2")).body);
    expect(firstPage.items.map((item) => item.content)).toEqual(["l-3", "l-4"]);
    const nextPage = (await as("GET", `?limit=2&cursor=${firstPage.next_cursor}`)).body;
    expect(nextPage.items.map((item: { content: string }) => item.content)).toEqual(["l-5"]);
    expect(nextPage.next_cursor).toBeNull();
    expect((await as("GET", "?status=gone")).status).toBe(400);

    const exported = await fetch(`${inject("baseUrl")}/api/admin/products/${product.id}/stock/export`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(exported.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(exported.headers.get("content-disposition")).toBe(`attachment; filename="${product.slug}-unsold.txt"`);
    expect(await exported.text()).toBe("l-3\nl-4\nl-5\n");

    // Sold items are never deleted, even when named.
    const soldIds = sold.items.map((item) => item.id);
    const l3 = firstPage.items[0]!.id;
    expect((await as("POST", "/delete", { ids: [...soldIds, l3] })).body).toEqual({ success: true, deleted: 1 });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 2 });
    expect((await as("POST", "/delete", { ids: [] })).status).toBe(400);
    expect((await as("POST", "/delete", { all: false })).status).toBe(400);
    expect((await as("POST", "/delete", { all: true })).body.deleted).toBe(2);
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 0, sold: 2 });
    const actions = (await api(`/api/admin/audit?entity_id=${product.id}`, { token: admin.token })).body.entries.map(
      (entry: { action: string }) => entry.action,
    );
    expect(actions).toEqual(["stock.delete", "stock.delete", "stock.export"]);
  });
});
