// lib/env.ts refuses a cashier configuration that cannot work, at start, naming the setting.
import { afterEach, describe, expect, it, vi } from "vitest";

const epay = { EPAY_URL: "https://pay.example.com/", EPAY_PID: "1001", EPAY_KEY: "k" };

async function loadEnv(values: Record<string, string>) {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  return (await import("../../env")).env;
}

afterEach(() => vi.unstubAllEnvs());

describe("cashier settings in lib/env.ts", () => {
  it("loads a complete rail with SITE_URL, with EPAY_TYPES and the timeouts defaulted", async () => {
    const env = await loadEnv({ ...epay, SITE_URL: "https://shop.example.com" });
    expect(env).toMatchObject({ EPAY_TYPES: "alipay,wxpay", EPAY_MODE: "mapi", CASHIER_TIMEOUT_MS: 10_000, TOPUP_MAX_CNY: "5000" });
  });

  it("refuses half a rail, a rail without SITE_URL, a chosen rail that is not configured, and a type EPay does not offer", async () => {
    await expect(loadEnv({ EPAY_URL: epay.EPAY_URL, SITE_URL: "https://shop.example.com" })).rejects.toThrow(
      /EPAY_PID: required with the other epay settings/,
    );
    await expect(loadEnv({ ...epay })).rejects.toThrow(/SITE_URL: required when a cashier rail/);
    await expect(loadEnv({ ...epay, SITE_URL: "https://shop.example.com", PAY_WECHAT_RAIL: "wechat" })).rejects.toThrow(
      /PAY_WECHAT_RAIL: wechat is not configured/,
    );
    await expect(loadEnv({ ...epay, SITE_URL: "https://shop.example.com", EPAY_TYPES: "alipay", PAY_WECHAT_RAIL: "epay" })).rejects.toThrow(
      /EPAY_TYPES does not include wxpay/,
    );
    await expect(loadEnv({ WECHAT_API_V3_KEY: "short" })).rejects.toThrow(/WECHAT_API_V3_KEY: must be the 32-character APIv3 key/);
    await expect(loadEnv({ TOPUP_MAX_CNY: "10.001" })).rejects.toThrow(/TOPUP_MAX_CNY/);
  });
});
