// Validated configuration. Every variable is documented in .env.example; the defaults make
// the embedded mode (one SQLite file under ./data) run with no configuration at all.
import { z } from "zod";
import { checkCryptoEnv, cryptoEnv } from "./payments/crypto/env-schema";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "./db/database-url";

// `NAME=` copied from .env.example means "use the default", not "an invalid empty value".
const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((value) => (value === "" ? undefined : value), type);
// `shop@example.com` or `Shop <shop@example.com>`.
const MAILBOX = /^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

const schema = z.object({
  DATABASE_URL: unsetIfEmpty(
    z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((url) => url.startsWith("file:") || isPostgresUrl(url), "must start with file: or postgresql://"),
  ),
  STOCKLINE_DATA_DIR: z.string().default("./data"),
  STOCKLINE_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine((key) => key === undefined || Buffer.from(key, "base64").length === 32, "must be 32 bytes, base64"),
  // Web sessions (next-auth reads both itself too). Without a secret the session secret is
  // derived from the data key (lib/auth/auth-options.ts); an https URL makes the session cookie Secure.
  NEXTAUTH_SECRET: unsetIfEmpty(z.string().optional()),
  NEXTAUTH_URL: unsetIfEmpty(
    z.url({ protocol: /^https?$/, error: "must be the shop's http(s) address such as https://shop.example.com" }).optional(),
  ),
  INTERNAL_API_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  ORDER_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  CRYPTO_LOCK_GRACE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(60),
  CNY_PER_USDT: z
    .string()
    .regex(/^\d{1,6}(\.\d{1,6})?$/, "a decimal such as 7.20")
    .default("7.20"),
  COIN_PRICES_USDT: z
    .string()
    .regex(/^([a-z0-9_]+:\d+(\.\d{1,6})?)?(,[a-z0-9_]+:\d+(\.\d{1,6})?)*$/, "like trx:0.25,eth:3500")
    .default(""),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SWEEPER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  API_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CATALOG_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  SITE_URL: unsetIfEmpty(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://shop.example.com" }).optional()),
  SUPPORT_EMAIL: unsetIfEmpty(z.email("must be an email address").default("support@example.com")),
  // Hardening (abuse limits and the HTTP front door).
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  UNPAID_ORDER_LIMIT_PER_IP: z.coerce.number().int().min(1).max(10_000).default(5),
  UNPAID_ORDER_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).max(10_000).default(5),
  UNPAID_ORDER_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(20),
  // Crypto payments: receiving addresses, chain endpoints, confirmations, price source.
  ...cryptoEnv,
  ...cashierFields(),
  // Mail and webhooks (lib/mail, lib/webhooks).
  SMTP_URL: unsetIfEmpty(
    z
      .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL such as smtps://user:password@mail.example.com:465" })
      .optional(),
  ),
  MAIL_FROM: unsetIfEmpty(z.string().regex(MAILBOX, "must be an address such as shop@example.com or Shop <shop@example.com>").optional()),
  MAIL_INCLUDE_ITEMS: unsetIfEmpty(z.stringbool().default(false)),
  MAIL_SEND_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(10 * 60_000)
    .default(60_000),
  OUTBOX_POLL_MS: z.coerce
    .number()
    .int()
    .min(50)
    .max(10 * 60_000)
    .default(5000),
  OUTBOX_RETRY_BASE_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60 * 60_000)
    .default(30_000),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: unsetIfEmpty(z.stringbool().default(false)),
  // The shop's brand and contact channels: defaults for the settings of the same meaning
  // (lib/brand/shop-brand.ts), which win when the operator has set them.
  SHOP_NAME: unsetIfEmpty(z.string().trim().min(1).max(60).optional()),
  SHOP_OPERATOR: unsetIfEmpty(z.string().trim().min(1).max(120).optional()),
  SHOP_ACCENT_COLOR: unsetIfEmpty(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "a colour such as #4338ca")
      .default("#4338ca"),
  ),
  SUPPORT_TELEGRAM: unsetIfEmpty(
    z
      .string()
      .regex(/^@?[A-Za-z0-9_]{5,32}$/, "a Telegram username such as @myshop_support")
      .optional(),
  ),
  SUPPORT_WECHAT: unsetIfEmpty(z.string().trim().min(1).max(60).optional()),
  SUPPORT_QQ: unsetIfEmpty(
    z
      .string()
      .regex(/^\d{5,12}$/, "a QQ number")
      .optional(),
  ),
});

// Links in mail must point at the shop's public address, never at a request's Host header
// (a forged Host would put an attacker's site into a password reset mail).
const checked = schema
  .superRefine(checkCryptoEnv)
  .superRefine(checkCashierRails)
  .superRefine((config, context) => {
    if (!config.SMTP_URL) return;
    if (!config.SITE_URL)
      context.addIssue({ code: "custom", path: ["SITE_URL"], message: "is required when SMTP_URL is set (links in mail point there)" });
    if (!config.MAIL_FROM) context.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_URL is set" });
  });

export type Env = z.infer<typeof schema>;

// Cashier rails (Alipay / WeChat Pay): EPay, official Alipay (RSA2), WeChat Pay API v3. Each
// is off until its credentials are set; PEM keys are inline (\n allowed) or a file path and
// are parsed when the rail is built (lib/payments/cashier/keys.ts). Never logged.
function cashierFields() {
  const text = unsetIfEmpty(z.string().optional());
  const httpUrl = unsetIfEmpty(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional());
  const yuan = (fallback: string) =>
    unsetIfEmpty(
      z
        .string()
        .regex(/^\d{1,9}(\.\d{1,2})?$/, "a decimal such as 100 or 9.99")
        .default(fallback),
    );
  return {
    PAY_ALIPAY_RAIL: unsetIfEmpty(z.enum(["epay", "alipay", "off"]).optional()),
    PAY_WECHAT_RAIL: unsetIfEmpty(z.enum(["epay", "wechat", "off"]).optional()),
    EPAY_URL: httpUrl,
    EPAY_PID: text,
    EPAY_KEY: text,
    EPAY_TYPES: unsetIfEmpty(
      z
        .string()
        .regex(/^(alipay|wxpay)(,(alipay|wxpay))*$/, "a list of alipay, wxpay")
        .default("alipay,wxpay"),
    ),
    EPAY_MODE: unsetIfEmpty(z.enum(["mapi", "submit"]).default("mapi")),
    ALIPAY_APP_ID: text,
    ALIPAY_PRIVATE_KEY: text,
    ALIPAY_PUBLIC_KEY: text,
    ALIPAY_GATEWAY_URL: unsetIfEmpty(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("https://openapi.alipay.com/gateway.do"),
    ),
    WECHAT_MCH_ID: text,
    WECHAT_APP_ID: text,
    WECHAT_API_V3_KEY: unsetIfEmpty(z.string().length(32, "must be the 32-character APIv3 key").optional()),
    WECHAT_PRIVATE_KEY: text,
    WECHAT_CERT_SERIAL: text,
    WECHAT_PLATFORM_PUBLIC_KEY: text,
    WECHAT_PLATFORM_PUBLIC_KEY_ID: text,
    WECHAT_PLATFORM_CERT: text,
    WECHAT_API_BASE_URL: unsetIfEmpty(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("https://api.mch.weixin.qq.com"),
    ),
    CASHIER_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
    CASHIER_RECONCILE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    TOPUP_MIN_CNY: yuan("1"),
    TOPUP_MAX_CNY: yuan("5000"),
    TOPUP_MIN_USDT: yuan("1"),
    TOPUP_MAX_USDT: yuan("1000"),
  };
}

const RAIL_SETTINGS = {
  epay: ["EPAY_URL", "EPAY_PID", "EPAY_KEY"],
  alipay: ["ALIPAY_APP_ID", "ALIPAY_PRIVATE_KEY", "ALIPAY_PUBLIC_KEY"],
  wechat: ["WECHAT_MCH_ID", "WECHAT_APP_ID", "WECHAT_API_V3_KEY", "WECHAT_PRIVATE_KEY", "WECHAT_CERT_SERIAL"],
} as const;

/** A rail is configured when all of its settings are; some but not all is a mistake worth refusing to start over. */
function checkCashierRails(config: Record<string, unknown>, ctx: z.RefinementCtx) {
  const configured: string[] = [];
  for (const [rail, names] of Object.entries(RAIL_SETTINGS)) {
    const missing = names.filter((name) => config[name] === undefined);
    if (missing.length === 0) configured.push(rail);
    else if (missing.length < names.length) {
      for (const name of missing) ctx.addIssue({ code: "custom", path: [name], message: `required with the other ${rail} settings` });
    }
  }
  if (
    configured.includes("wechat") &&
    !config.WECHAT_PLATFORM_CERT &&
    !(config.WECHAT_PLATFORM_PUBLIC_KEY && config.WECHAT_PLATFORM_PUBLIC_KEY_ID)
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["WECHAT_PLATFORM_PUBLIC_KEY"],
      message: "WeChat Pay needs WECHAT_PLATFORM_PUBLIC_KEY + WECHAT_PLATFORM_PUBLIC_KEY_ID, or WECHAT_PLATFORM_CERT",
    });
  }
  const types = String(config.EPAY_TYPES).split(",");
  const wanted = [
    ["PAY_ALIPAY_RAIL", config.PAY_ALIPAY_RAIL, "alipay"],
    ["PAY_WECHAT_RAIL", config.PAY_WECHAT_RAIL, "wxpay"],
  ] as const;
  for (const [name, rail, epayType] of wanted) {
    if (rail === undefined || rail === "off") continue;
    if (!configured.includes(rail as string)) ctx.addIssue({ code: "custom", path: [name], message: `${rail} is not configured` });
    else if (rail === "epay" && !types.includes(epayType))
      ctx.addIssue({ code: "custom", path: [name], message: `EPAY_TYPES does not include ${epayType}` });
  }
  // Providers call the shop back (notify) and send the buyer back (return): a fixed public address, never a Host header.
  if (configured.length && !config.SITE_URL) {
    ctx.addIssue({ code: "custom", path: ["SITE_URL"], message: "required when a cashier rail (EPay, Alipay, WeChat Pay) is configured" });
  }
}

function load(): Env {
  const parsed = checked.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = load();

export const isPostgres = isPostgresUrl(env.DATABASE_URL);
