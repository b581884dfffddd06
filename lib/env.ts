// Validated configuration. Every variable is documented in .env.example; the defaults make
// the embedded mode (one SQLite file under ./data) run with no configuration at all.
import { z } from "zod";

// `NAME=` copied from .env.example means "use the default", not "an invalid empty value".
const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((value) => (value === "" ? undefined : value), type);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/stockline.db")
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: or postgresql://"),
  STOCKLINE_DATA_DIR: z.string().default("./data"),
  STOCKLINE_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine((key) => key === undefined || Buffer.from(key, "base64").length === 32, "must be 32 bytes, base64"),
  INTERNAL_API_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  ORDER_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  CRYPTO_LOCK_GRACE_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(60),
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
  // The shop's brand and contact channels: defaults for the settings of the same meaning
  // (lib/brand/shop-brand.ts), which win when the operator has set them.
  SHOP_NAME: unsetIfEmpty(z.string().trim().min(1).max(60).optional()),
  SHOP_OPERATOR: unsetIfEmpty(z.string().trim().min(1).max(120).optional()),
  SHOP_ACCENT_COLOR: unsetIfEmpty(z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour such as #4338ca").default("#4338ca")),
  SUPPORT_TELEGRAM: unsetIfEmpty(z.string().regex(/^@?[A-Za-z0-9_]{5,32}$/, "a Telegram username such as @myshop_support").optional()),
  SUPPORT_WECHAT: unsetIfEmpty(z.string().trim().min(1).max(60).optional()),
  SUPPORT_QQ: unsetIfEmpty(z.string().regex(/^\d{5,12}$/, "a QQ number").optional()),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = load();

export const isPostgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL);
