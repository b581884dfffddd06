// Which API answers go out compressed to a client that accepts gzip (every browser does):
// small ones never, marked `no-transform` (lib/api/json-answer.ts), larger ones as Next
// compresses them. Sent with exactly the client's headers and read as sent.
import { randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makeProduct } from "../support/fixtures";
import { rawRequest } from "../support/raw-request";

const BROWSER = { "Accept-Encoding": "gzip, deflate, br, zstd" };

describe("API answers and compression", () => {
  it("sends small answers, and small errors, uncompressed and marked no-transform", async () => {
    const product = await makeProduct();
    const paths = [
      `/api/products/${product.id}`,
      "/api/no-such-path",
      "/api/health",
      `/api/orders/${randomUUID()}/status`,
      "/api/orders/query?order_no=x&email=not-an-email",
    ];
    for (const path of paths) {
      const answer = await rawRequest(path, BROWSER);
      expect(answer.headers["content-encoding"], path).toBeUndefined();
      expect(answer.headers["cache-control"], path).toBe("no-store, no-transform");
      expect(answer.headers["content-type"], path).toBe("application/json");
      expect(JSON.parse(answer.body.toString("utf8")), path).toHaveProperty("success");
    }
  });

  it("still compresses a large answer: the catalogue", async () => {
    const mine = await Promise.all(Array.from({ length: 4 }, () => makeProduct()));
    const plain = await rawRequest("/api/products", {});
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers["cache-control"]).toBe("no-store");
    const gzipped = await rawRequest("/api/products", BROWSER);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["cache-control"]).toBe("no-store");
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    const catalogue = JSON.parse(gunzipSync(gzipped.body).toString("utf8")) as { success: boolean; products: { id: string }[] };
    expect(catalogue.success).toBe(true);
    expect(catalogue.products.map((product) => product.id)).toEqual(expect.arrayContaining(mine.map((product) => product.id)));
  });
});
