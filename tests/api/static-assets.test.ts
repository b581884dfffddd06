// The browser's scripts and stylesheets: brotli copies made by the build, sent to clients that
// accept brotli (lib/http/precompressed-assets.ts), byte for byte the files Next serves.
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { rawRequest as raw } from "../support/raw-request";

async function homePageAssets(): Promise<string[]> {
  const html = await (await fetch(`${inject("baseUrl")}/en`)).text();
  const scripts = [...html.matchAll(/<script src="([^"]+\.js)"(?![^>]*noModule)/g)].map((match) => match[1]!);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((match) => match[1]!);
  expect(scripts.length).toBeGreaterThan(3);
  expect(styles.length).toBeGreaterThan(0);
  return [...scripts, ...styles];
}

describe("static scripts and stylesheets", () => {
  it("go out brotli-compressed to a client that accepts brotli, the same bytes as the file Next serves", async () => {
    for (const asset of await homePageAssets()) {
      const plain = await raw(asset, { "Accept-Encoding": "identity" });
      expect(plain.status, asset).toBe(200);
      expect(plain.headers["content-encoding"], asset).toBeUndefined();

      const brotli = await raw(asset, { "Accept-Encoding": "gzip, deflate, br, zstd" });
      expect(brotli.status, asset).toBe(200);
      expect(brotli.headers["content-encoding"], asset).toBe("br");
      expect(brotli.headers["content-type"], asset).toBe(plain.headers["content-type"]);
      expect(brotli.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(brotli.headers["vary"]).toContain("Accept-Encoding");
      // The security headers every answer carries.
      expect(brotli.headers["x-content-type-options"]).toBe("nosniff");
      expect(Number(brotli.headers["content-length"])).toBe(brotli.body.length);
      expect(brotliDecompressSync(brotli.body).equals(plain.body), asset).toBe(true);
      expect(brotli.body.length).toBeLessThan(plain.body.length);
    }
  });

  it("are not sent as brotli to a client that refuses it or names only gzip", async () => {
    const [asset] = await homePageAssets();
    for (const acceptEncoding of ["gzip, deflate, br;q=0", "gzip", "identity"]) {
      const response = await raw(asset!, { "Accept-Encoding": acceptEncoding });
      expect(response.status, acceptEncoding).toBe(200);
      expect(response.headers["content-encoding"], acceptEncoding).not.toBe("br");
    }
  });

  it("answer HEAD with the brotli copy's length and no body, and a matching ETag with 304", async () => {
    const [asset] = await homePageAssets();
    const full = await raw(asset!, { "Accept-Encoding": "br" });
    const head = await raw(asset!, { "Accept-Encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(full.body.length);

    const etag = String(full.headers["etag"]);
    expect(etag).toMatch(/^"br-/);
    const again = await raw(asset!, { "Accept-Encoding": "br", "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("never answer a path that is not one of the build's files", async () => {
    for (const path of [
      "/_next/static/chunks/missing.js",
      "/_next/static/chunks/../../BUILD_ID",
      "/_next/static/chunks/%2e%2e/%2e%2e/BUILD_ID.js",
    ]) {
      const response = await raw(path, { "Accept-Encoding": "br" });
      expect(response.headers["content-encoding"], path).not.toBe("br");
      expect(response.status, path).toBe(404);
    }
  });
});
