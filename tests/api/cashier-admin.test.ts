// What the admin console will show of the cashier rails and its "test connection" button
// (lib/payments/cashier/rail-status.ts), against the three fake providers. The module is
// loaded with this file's own environment: every rail configured, the settings the operator
// would set.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeEpay, type FakeEpay } from "../fakes/epay";
import { startFakeAlipay, type FakeAlipay } from "../fakes/alipay";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { alipayEnv, wechatEnv } from "../support/cashier-env";

let epay: FakeEpay;
let alipay: FakeAlipay;
let wechat: FakeWechat;
let status: typeof import("@/lib/payments/cashier/rail-status");
const saved = { ...process.env };

beforeAll(async () => {
  [epay, alipay, wechat] = await Promise.all([startFakeEpay(), startFakeAlipay(), startFakeWechat()]);
  Object.assign(process.env, {
    SITE_URL: "https://shop.example.com",
    CASHIER_TIMEOUT_MS: "1500",
    PAY_WECHAT_RAIL: "epay",
    EPAY_URL: epay.baseUrl,
    EPAY_PID: epay.pid,
    EPAY_KEY: epay.key,
    ...alipayEnv(alipay),
    ...wechatEnv(wechat),
  });
  // Files share one process (vitest.config.ts): modules loaded before this file saw another environment.
  vi.resetModules();
  status = await import("@/lib/payments/cashier/rail-status");
});
afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  // ...and the next file must not get the modules loaded with this one's.
  vi.resetModules();
  await Promise.all([epay?.close(), alipay?.close(), wechat?.close()]);
});

describe("cashier rails for the admin console", () => {
  it("says which rail serves which method and which settings are set, never a secret", () => {
    const state = status.cashierRailsState();
    expect(state.map(({ rail, configured, serves }) => ({ rail, configured, serves }))).toEqual([
      { rail: "epay", configured: true, serves: ["wechat"] },
      { rail: "alipay", configured: true, serves: ["alipay"] },
      { rail: "wechat", configured: true, serves: [] },
    ]);
    expect(state[0]!.settings).toMatchObject({ EPAY_URL: epay.baseUrl, EPAY_PID: epay.pid, EPAY_KEY: "set", EPAY_TYPES: "alipay,wxpay" });
    expect(state[0]!.warnings.join(" ")).toMatch(/MD5/);
    const shown = JSON.stringify(state);
    for (const secret of [epay.key, wechat.apiV3Key, "PRIVATE KEY", "PUBLIC KEY"]) expect(shown).not.toContain(secret);
  });

  it("tests each connection with a signed call that changes nothing", async () => {
    for (const rail of ["epay", "alipay", "wechat"] as const) {
      const result = await status.testCashierRail(rail);
      expect(result, rail).toMatchObject({ rail, ok: true });
    }
    expect(epay.trades.size + alipay.trades.size + wechat.trades.size).toBe(0);
  });

  it("reports a provider that is down, or that does not recognise the credentials", async () => {
    epay.mode = "down";
    expect(await status.testCashierRail("epay")).toMatchObject({ ok: false, message: "epay: unreachable" });
    epay.mode = "ok";
    alipay.forgeAnswers = true;
    expect(await status.testCashierRail("alipay")).toMatchObject({
      ok: false,
      message: expect.stringContaining("signature does not verify"),
    });
    alipay.forgeAnswers = false;
    wechat.mode = "slow";
    expect(await status.testCashierRail("wechat")).toMatchObject({ ok: false, message: "wechat: no answer within 1500 ms" });
    wechat.mode = "ok";
  });
});

describe("EPay in submit.php mode (EPAY_MODE=submit)", () => {
  it("signs the browser's way to submit.php instead of calling mapi.php; the gateway accepts the signature", async () => {
    const { epayRail } = await import("@/lib/payments/cashier/epay/epay-rail");
    const rail = epayRail({ url: epay.baseUrl, pid: epay.pid, key: epay.key, types: ["alipay", "wxpay"], mode: "submit" });
    const before = epay.requests;
    const answer = await rail.createPayment({
      method: "wechat",
      outTradeNo: "GS2604290000SUBM",
      amountFen: 990n,
      subject: "订单 GS2604290000SUBM",
      expiresAt: new Date(Date.now() + 60_000),
      notifyUrl: "https://shop.example.com/api/payments/epay/notify",
      returnUrl: "https://shop.example.com/orders/x",
    });
    expect(epay.requests).toBe(before);
    expect(answer.qrCode).toBeNull();
    expect(answer.payUrl).toMatch(new RegExp(`^${epay.baseUrl}/submit\\.php\\?`));
    expect((await fetch(answer.payUrl!)).status).toBe(200);
    expect(epay.trades.get("GS2604290000SUBM")).toMatchObject({ type: "wxpay", money: "9.90" });
    const tampered = answer.payUrl!.replace("money=9.90", "money=0.01");
    expect((await fetch(tampered)).status).toBe(400);
  });
});
