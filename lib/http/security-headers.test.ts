import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "./security-headers";
import { withOrigin } from "../site/link-header";

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the nonce, and forbids framing", () => {
    const policy = contentSecurityPolicy("abc123", { https: false, dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: true, dev: false })).toContain("upgrade-insecure-requests");
  });
  it("makes a fresh nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});

describe("baseSecurityHeaders", () => {
  it("sends HSTS only over HTTPS", () => {
    expect(baseSecurityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(baseSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});

describe("withOrigin", () => {
  it("moves every link to the shop's own origin", () => {
    const link =
      '<http://evil.example/zh/products/x?a=1>; rel="alternate"; hreflang="zh", <http://evil.example/en>; rel="alternate"; hreflang="en"';
    expect(withOrigin(link, "https://shop.example.com")).toBe(
      '<https://shop.example.com/zh/products/x?a=1>; rel="alternate"; hreflang="zh", <https://shop.example.com/en>; rel="alternate"; hreflang="en"',
    );
  });
});
