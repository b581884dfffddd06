import "server-only";
import { env } from "../../env";
import { loadCertificate, loadPrivateKey, loadPublicKey } from "./keys";
import type { CashierMethod, CashierRail, RailName } from "./rail";
import { epayRail } from "./epay/epay-rail";
import { alipayRail } from "./alipay/alipay-rail";
import { wechatRail } from "./wechat/wechat-rail";
import { certificateExpiry, type CertificateExpiry } from "./certificate-expiry";

export const RAIL_NAMES: readonly RailName[] = ["epay", "alipay", "wechat"];

/** Whether a rail's credentials are all set (lib/env.ts refuses to start on half a set). */
export function isRailConfigured(name: RailName): boolean {
  if (name === "epay") return Boolean(env.EPAY_URL && env.EPAY_PID && env.EPAY_KEY);
  if (name === "alipay") return Boolean(env.ALIPAY_APP_ID && env.ALIPAY_PRIVATE_KEY && env.ALIPAY_PUBLIC_KEY);
  return Boolean(env.WECHAT_MCH_ID && env.WECHAT_APP_ID && env.WECHAT_API_V3_KEY && env.WECHAT_PRIVATE_KEY && env.WECHAT_CERT_SERIAL);
}

const epayTypes = () => env.EPAY_TYPES.split(",");

/**
 * Which rail takes `alipay` and which takes `wechat`: PAY_ALIPAY_RAIL / PAY_WECHAT_RAIL when
 * set (`off` turns the method off), otherwise the official rail when configured, then EPay
 * when its EPAY_TYPES includes the method.
 */
export function railNameFor(method: CashierMethod): RailName | null {
  const chosen = method === "alipay" ? env.PAY_ALIPAY_RAIL : env.PAY_WECHAT_RAIL;
  if (chosen === "off") return null;
  if (chosen) return chosen;
  if (isRailConfigured(method)) return method;
  return isRailConfigured("epay") && epayTypes().includes(method === "alipay" ? "alipay" : "wxpay") ? "epay" : null;
}

const built = new Map<RailName, CashierRail>();

/** A configured rail, built once (keys parsed then: a bad key fails loudly, naming the setting only). */
export function cashierRail(name: RailName): CashierRail | null {
  if (!isRailConfigured(name)) return null;
  const existing = built.get(name);
  if (existing) return existing;
  const rail = build(name);
  built.set(name, rail);
  return rail;
}

export function railFor(method: CashierMethod): CashierRail | null {
  const name = railNameFor(method);
  return name ? cashierRail(name) : null;
}

function build(name: RailName): CashierRail {
  if (name === "epay") {
    return epayRail({ url: env.EPAY_URL!, pid: env.EPAY_PID!, key: env.EPAY_KEY!, types: epayTypes(), mode: env.EPAY_MODE });
  }
  if (name === "alipay") {
    return alipayRail({
      appId: env.ALIPAY_APP_ID!,
      privateKey: loadPrivateKey("ALIPAY_PRIVATE_KEY", env.ALIPAY_PRIVATE_KEY!),
      alipayPublicKey: loadPublicKey("ALIPAY_PUBLIC_KEY", env.ALIPAY_PUBLIC_KEY!),
      gatewayUrl: env.ALIPAY_GATEWAY_URL,
    });
  }
  const platform = platformCertificate() ?? {
    key: loadPublicKey("WECHAT_PLATFORM_PUBLIC_KEY", env.WECHAT_PLATFORM_PUBLIC_KEY!),
    serial: env.WECHAT_PLATFORM_PUBLIC_KEY_ID!,
  };
  return wechatRail({
    mchId: env.WECHAT_MCH_ID!,
    appId: env.WECHAT_APP_ID!,
    apiV3Key: env.WECHAT_API_V3_KEY!,
    privateKey: loadPrivateKey("WECHAT_PRIVATE_KEY", env.WECHAT_PRIVATE_KEY!),
    certSerial: env.WECHAT_CERT_SERIAL!,
    platform,
    baseUrl: env.WECHAT_API_BASE_URL,
  });
}

/** WECHAT_PLATFORM_CERT, parsed once: the WeChat rail verifies with it, and its date is watched. */
let certificate: ReturnType<typeof loadCertificate> | undefined;
function platformCertificate(): ReturnType<typeof loadCertificate> | null {
  if (!env.WECHAT_PLATFORM_CERT) return null;
  return (certificate ??= loadCertificate("WECHAT_PLATFORM_CERT", env.WECHAT_PLATFORM_CERT));
}

/** WECHAT_PLATFORM_CERT's end of validity when it is near or past (lib/payments/cashier/certificate-expiry.ts). */
export function platformCertificateExpiry(now = new Date()): CertificateExpiry | null {
  const validTo = platformCertificate()?.validTo;
  return validTo ? certificateExpiry("WECHAT_PLATFORM_CERT", validTo, now) : null;
}

/** Builds every configured rail at start, so a malformed key stops the server instead of the first payment. */
export function checkCashierRails(): RailName[] {
  return RAIL_NAMES.filter((name) => cashierRail(name) !== null);
}
