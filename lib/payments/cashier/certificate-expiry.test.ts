import { describe, expect, it } from "vitest";
import { certificateExpiryWarning } from "./certificate-expiry";

const now = new Date("2026-12-06T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

describe("certificateExpiryWarning", () => {
  it("is nothing while the certificate has more than 30 days left", () => {
    expect(certificateExpiryWarning("WECHAT_PLATFORM_CERT", days(31), now)).toBeNull();
    expect(certificateExpiryWarning("WECHAT_PLATFORM_CERT", days(4 * 365), now)).toBeNull();
  });

  it("names the date from 30 days before it", () => {
    expect(certificateExpiryWarning("WECHAT_PLATFORM_CERT", days(30), now)).toMatch(
      /^WECHAT_PLATFORM_CERT expires on 2027-01-05 \(UTC\): /,
    );
    expect(certificateExpiryWarning("WECHAT_PLATFORM_CERT", days(0.5), now)).toMatch(/expires on 2026-12-07 .* before then\.$/);
  });

  it("says the notices can no longer be verified once the date has passed", () => {
    const warning = certificateExpiryWarning("WECHAT_PLATFORM_CERT", days(-1), now);
    expect(warning).toMatch(/^WECHAT_PLATFORM_CERT expired on 2026-12-05 \(UTC\): .*cannot be verified/);
    expect(certificateExpiryWarning("WECHAT_PLATFORM_CERT", now, now)).toMatch(/expired on 2026-12-06/);
  });
});
