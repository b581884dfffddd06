import { describe, expect, it } from "vitest";
import { certificateExpiry, certificateExpiryText } from "./certificate-expiry";

const now = new Date("2026-12-06T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
const warning = (validTo: Date) => {
  const expiry = certificateExpiry("WECHAT_PLATFORM_CERT", validTo, now);
  return expiry && certificateExpiryText(expiry);
};

describe("certificateExpiry", () => {
  it("is nothing while the certificate has more than 30 days left", () => {
    expect(certificateExpiry("WECHAT_PLATFORM_CERT", days(31), now)).toBeNull();
    expect(certificateExpiry("WECHAT_PLATFORM_CERT", days(4 * 365), now)).toBeNull();
  });

  it("names the setting and the date from 30 days before it", () => {
    expect(certificateExpiry("WECHAT_PLATFORM_CERT", days(30), now)).toEqual({
      setting: "WECHAT_PLATFORM_CERT",
      date: "2027-01-05",
      expired: false,
    });
    expect(warning(days(30))).toMatch(/^WECHAT_PLATFORM_CERT expires on 2027-01-05 \(UTC\): /);
    expect(warning(days(0.5))).toMatch(/expires on 2026-12-07 .* before then\.$/);
  });

  it("says the notices can no longer be verified once the date has passed", () => {
    expect(certificateExpiry("WECHAT_PLATFORM_CERT", days(-1), now)).toEqual({
      setting: "WECHAT_PLATFORM_CERT",
      date: "2026-12-05",
      expired: true,
    });
    expect(warning(days(-1))).toMatch(/^WECHAT_PLATFORM_CERT expired on 2026-12-05 \(UTC\): .*cannot be verified/);
    expect(warning(now)).toMatch(/expired on 2026-12-06/);
  });
});
