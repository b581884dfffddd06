// The front door's kept answers over real HTTP: a plain node:http server that answers from
// the table when it can and otherwise says "next", as scripts/http-server.ts hands over to Next.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerAtFrontDoor, answerFromFrontDoor, frontDoorSource } from "./front-door-answers";
import { rawRequestTo } from "../../tests/support/raw-request";

const LARGE = new TextEncoder().encode(
  JSON.stringify({ success: true, products: Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: "x".repeat(40) })) }),
);
const SMALL = new TextEncoder().encode(JSON.stringify({ success: true, products: [] }));

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const source = frontDoorSource(req.method ?? "GET", req.url ?? "/");
    void (source ? answerFromFrontDoor(source, req, res) : Promise.resolve(false)).then((answered) => {
      if (answered) return;
      res.setHeader("X-Answered-By", "next");
      res.end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  answerAtFrontDoor("/test/large", () => Promise.resolve(LARGE));
  answerAtFrontDoor("/test/small", () => Promise.resolve(SMALL));
  answerAtFrontDoor("/test/failing", () => Promise.reject(new Error("database gone")));
  answerAtFrontDoor("/test/items/*", (id) => Promise.resolve(id === "known-1" ? SMALL : undefined));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const raw = (path: string, headers: Record<string, string> = {}, method = "GET") => rawRequestTo(`${base}${path}`, headers, method);

describe("answers at the front door", () => {
  it("sends a kept answer as it is, with its length, to a client that asks for no encoding", async () => {
    const answer = await raw("/test/large");
    expect(answer.status).toBe(200);
    expect(answer.body.equals(Buffer.from(LARGE))).toBe(true);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.headers["vary"]).toBe("Accept-Encoding");
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(Number(answer.headers["content-length"])).toBe(LARGE.byteLength);
  });

  it("gzips a large answer for a client that takes gzip, and not for one that refuses it", async () => {
    const gzipped = await raw("/test/large", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
    expect(gzipped.body.length).toBeLessThan(LARGE.byteLength);
    expect(gunzipSync(gzipped.body).equals(Buffer.from(LARGE))).toBe(true);

    const refused = await raw("/test/large", { "Accept-Encoding": "gzip;q=0, br" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.equals(Buffer.from(LARGE))).toBe(true);
  });

  it("sends a small answer plain and marked no-transform, as the API's own small answers", async () => {
    const answer = await raw("/test/small", { "Accept-Encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers["cache-control"]).toBe("no-store, no-transform");
    expect(answer.headers["vary"]).toBeUndefined();
    expect(answer.body.equals(Buffer.from(SMALL))).toBe(true);
  });

  it("leaves to Next a read that fails, another method, a query, an unknown path and a client that takes none of its encodings", async () => {
    const handedOver = async (path: string, headers: Record<string, string> = {}, method = "GET") =>
      (await raw(path, headers, method)).headers["x-answered-by"] === "next";
    expect(await handedOver("/test/failing")).toBe(true);
    expect(await handedOver("/test/large", {}, "HEAD")).toBe(true);
    expect(await handedOver("/test/large", {}, "POST")).toBe(true);
    expect(await handedOver("/test/large?fields=id")).toBe(true);
    expect(await handedOver("/test/large/")).toBe(true);
    expect(await handedOver("/test/small", { "Accept-Encoding": "identity;q=0" })).toBe(true);
    expect(await handedOver("/test/large")).toBe(false);
  });

  it("answers a path with one plain segment under `/*` from the source given that segment, and leaves it the rest", async () => {
    const known = await raw("/test/items/known-1");
    expect(known.headers["x-answered-by"]).toBeUndefined();
    expect(known.body.equals(Buffer.from(SMALL))).toBe(true);
    const handedOver = async (path: string) => (await raw(path)).headers["x-answered-by"] === "next";
    // Unknown to the source (Next answers its 404), encoded, dotted, nested, empty, or with a query.
    for (const path of [
      "/test/items/unknown",
      "/test/items/known%2D1",
      "/test/items/..",
      "/test/items/known-1/x",
      "/test/items/",
      "/test/items/known-1?x=1",
    ]) {
      expect(await handedOver(path), path).toBe(true);
    }
  });
});
