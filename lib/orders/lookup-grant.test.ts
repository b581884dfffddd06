import { describe, expect, it } from "vitest";
import { issueLookupGrant, openLookupGrant } from "./lookup-grant";

describe("lookup grants", () => {
  it("open to the pair they were issued for, until they run out", () => {
    const now = Date.now();
    const grant = issueLookupGrant("GS2612021234ABCD", "buyer@example.com", now);
    expect(openLookupGrant(grant, now + 1000)).toEqual({ orderNo: "GS2612021234ABCD", email: "buyer@example.com" });
    expect(openLookupGrant(grant, now + 31 * 60_000)).toBeNull();
  });

  it("refuse an altered or forged grant", () => {
    const grant = issueLookupGrant("GS2612021234ABCD", "buyer@example.com");
    const [payload, mac] = grant.split(".");
    const other = Buffer.from(JSON.stringify({ n: "GS2612029999ZZZZ", e: "buyer@example.com", x: Date.now() + 60_000 })).toString(
      "base64url",
    );
    expect(openLookupGrant(`${other}.${mac}`)).toBeNull();
    expect(openLookupGrant(`${payload}.${mac!.slice(0, -2)}xx`)).toBeNull();
    expect(openLookupGrant(`${payload}`)).toBeNull();
    expect(openLookupGrant(`${grant}.extra`)).toBeNull();
    expect(openLookupGrant("")).toBeNull();
  });
});
