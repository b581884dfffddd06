import { describe, expect, it } from "vitest";
import { blacklistValue, emailDomain, normalizeIp } from "./blacklist-values";

describe("blacklist values", () => {
  it("stores emails and domains lower-cased, a domain without its @", () => {
    expect(blacklistValue("email", " Bad@Example.COM ")).toEqual({ ok: true, value: "bad@example.com" });
    expect(blacklistValue("domain", "@Mail.Example.org")).toEqual({ ok: true, value: "mail.example.org" });
    expect(blacklistValue("email", "no-at-sign").ok).toBe(false);
    expect(blacklistValue("domain", "localhost").ok).toBe(false);
    expect(blacklistValue("domain", "bad_domain.com").ok).toBe(false);
  });

  it("stores an IP the way the front door reports it (IPv4-mapped IPv6 as plain IPv4)", () => {
    expect(blacklistValue("ip", "::ffff:203.0.113.7")).toEqual({ ok: true, value: "203.0.113.7" });
    expect(blacklistValue("ip", "2001:DB8::1")).toEqual({ ok: true, value: "2001:db8::1" });
    expect(blacklistValue("ip", "203.0.113.256").ok).toBe(false);
    expect(normalizeIp("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeIp("unknown")).toBe("unknown");
  });

  it("takes the domain after the last @", () => {
    expect(emailDomain("a@B.example")).toBe("b.example");
    expect(emailDomain("no-domain")).toBe("");
  });
});
