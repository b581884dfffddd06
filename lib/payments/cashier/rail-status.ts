import "server-only";
import { env } from "../../env";
import { ProviderError } from "./provider-http";
import { cashierRail, isRailConfigured, platformCertificateExpiry, railNameFor, RAIL_NAMES } from "./rails";
import { certificateExpiryText, type CertificateExpiry } from "./certificate-expiry";
import type { CashierMethod, RailName } from "./rail";

/**
 * What the operator should know about a rail, as data: the console says each in the
 * operator's language; `warnings` says them in English (the admin API, the log).
 */
export type RailNotice =
  | { kind: "md5_signing" }
  | ({ kind: "certificate_expiry" } & CertificateExpiry)
  /** A configured key or setting that does not load: the loader's message, which names the setting. */
  | { kind: "setting_error"; message: string };

const MD5_SIGNING =
  "EPay signs with MD5 over a shared key: anyone who learns EPAY_KEY can forge payment notices. Prefer the official rails where you can, and keep the key secret.";

function noticeText(notice: RailNotice): string {
  if (notice.kind === "md5_signing") return MD5_SIGNING;
  if (notice.kind === "certificate_expiry") return certificateExpiryText(notice);
  return notice.message;
}

export type RailState = {
  rail: RailName;
  configured: boolean;
  /** The payment methods this rail takes now (PAY_ALIPAY_RAIL / PAY_WECHAT_RAIL, or the defaults). */
  serves: CashierMethod[];
  /** Settings as the admin may show them: plain identifiers and URLs; secrets only as "set" or null. */
  settings: Record<string, string | null>;
  /** What the operator should know (EPay's MD5 signing is weak; a certificate near its date; a key that does not load). */
  notices: RailNotice[];
  /** The notices in English. */
  warnings: string[];
};

const secret = (value: string | undefined) => (value ? "set" : null);

/** Every rail's state for the admin console. Never returns a key or secret, only whether it is set. */
export function cashierRailsState(): RailState[] {
  return RAIL_NAMES.map((rail) => {
    const configured = isRailConfigured(rail);
    const serves = (["alipay", "wechat"] as const).filter((method) => railNameFor(method) === rail);
    const notices: RailNotice[] = [];
    if (rail === "epay") notices.push({ kind: "md5_signing" });
    if (configured) {
      try {
        cashierRail(rail);
        const expiry = rail === "wechat" ? platformCertificateExpiry() : null;
        if (expiry) notices.push({ kind: "certificate_expiry", ...expiry });
      } catch (error) {
        notices.push({ kind: "setting_error", message: (error as Error).message });
      }
    }
    return { rail, configured, serves, settings: settingsOf(rail), notices, warnings: notices.map(noticeText) };
  });
}

function settingsOf(rail: RailName): Record<string, string | null> {
  if (rail === "epay")
    return {
      EPAY_URL: env.EPAY_URL ?? null,
      EPAY_PID: env.EPAY_PID ?? null,
      EPAY_KEY: secret(env.EPAY_KEY),
      EPAY_TYPES: env.EPAY_TYPES,
      EPAY_MODE: env.EPAY_MODE,
    };
  if (rail === "alipay") {
    return {
      ALIPAY_APP_ID: env.ALIPAY_APP_ID ?? null,
      ALIPAY_GATEWAY_URL: env.ALIPAY_GATEWAY_URL,
      ALIPAY_PRIVATE_KEY: secret(env.ALIPAY_PRIVATE_KEY),
      ALIPAY_PUBLIC_KEY: secret(env.ALIPAY_PUBLIC_KEY),
    };
  }
  return {
    WECHAT_MCH_ID: env.WECHAT_MCH_ID ?? null,
    WECHAT_APP_ID: env.WECHAT_APP_ID ?? null,
    WECHAT_API_BASE_URL: env.WECHAT_API_BASE_URL,
    WECHAT_CERT_SERIAL: env.WECHAT_CERT_SERIAL ?? null,
    WECHAT_PLATFORM_PUBLIC_KEY_ID: env.WECHAT_PLATFORM_PUBLIC_KEY_ID ?? null,
    WECHAT_API_V3_KEY: secret(env.WECHAT_API_V3_KEY),
    WECHAT_PRIVATE_KEY: secret(env.WECHAT_PRIVATE_KEY),
    WECHAT_PLATFORM_PUBLIC_KEY: secret(env.WECHAT_PLATFORM_PUBLIC_KEY),
    WECHAT_PLATFORM_CERT: secret(env.WECHAT_PLATFORM_CERT),
  };
}

export type ConnectionTest = { rail: RailName; ok: boolean; message: string; ms: number };

/**
 * The admin's "test connection": one signed call that changes nothing (EPay's merchant query,
 * Alipay's and WeChat Pay's query of a trade that cannot exist), whose signed answer proves
 * the credentials, the keys both ways and the network path. The message never holds a secret.
 */
export async function testCashierRail(rail: RailName): Promise<ConnectionTest> {
  const started = Date.now();
  const done = (ok: boolean, message: string) => ({ rail, ok, message, ms: Date.now() - started });
  if (!isRailConfigured(rail)) return done(false, `${rail} is not configured`);
  try {
    const instance = cashierRail(rail)!;
    return done(true, await instance.testConnection());
  } catch (error) {
    if (error instanceof ProviderError) return done(false, error.message);
    if (error instanceof Error && /^[A-Z_]+: /.test(error.message)) return done(false, error.message);
    throw error;
  }
}
