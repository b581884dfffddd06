// The demo catalogue: neutral digital goods that exercise every rule of the contract.
// The first product keeps the published sample id (min quantity 5, price 0.5).
export const SAMPLE_PRODUCT_ID = "30a6d792-9e06-4023-85f4-736dfd9af07d";

export const demoCategories = [
  { slug: "mailboxes", nameZh: "邮箱账号", nameEn: "Mailbox accounts", sortOrder: 0 },
  { slug: "licence-keys", nameZh: "软件激活码", nameEn: "Software licence keys", sortOrder: 1 },
  { slug: "gift-codes", nameZh: "礼品卡", nameEn: "Gift codes", sortOrder: 2 },
  { slug: "subscriptions", nameZh: "订阅会员", nameEn: "Subscriptions", sortOrder: 3 },
];

const pad = (n: number) => String(n).padStart(4, "0");
const key = (seed: number) =>
  Array.from({ length: 5 }, (_, block) => ((seed * 7919 + block * 104729) % 0xfffff).toString(36).toUpperCase().padStart(5, "X")).join("-");

export const demoProducts = [
  {
    id: SAMPLE_PRODUCT_ID,
    slug: "demo-mailbox-account",
    category: "mailboxes",
    nameZh: "演示邮箱账号（账号----密码----辅助邮箱）",
    nameEn: "Demo mailbox account (account----password----recovery)",
    descriptionZh: "演示商品：每行一个邮箱账号，格式 `账号----密码----辅助邮箱`。5 个起购，批量更优惠。",
    descriptionEn: "Demo item: one mailbox per line as `account----password----recovery`. Minimum 5, cheaper in bulk.",
    price: "0.50",
    minQuantity: 5,
    tiers: [
      { minQuantity: 50, price: "0.45" },
      { minQuantity: 100, price: "0.40" },
    ],
    lines: Array.from(
      { length: 400 },
      (_, i) => `demo.user${pad(i + 1)}@mail.example----Pw-${key(i + 1).slice(0, 11)}----backup${pad(i + 1)}@example.net`,
    ),
  },
  {
    id: undefined,
    slug: "office-suite-licence",
    category: "licence-keys",
    nameZh: "办公套件激活码（演示）",
    nameEn: "Office suite licence key (demo)",
    descriptionZh: "演示商品：一行一个 25 位激活码。",
    descriptionEn: "Demo item: one 25-character licence key per line.",
    price: "19.90",
    minQuantity: 1,
    tiers: [{ minQuantity: 10, price: "17.90" }],
    lines: Array.from({ length: 60 }, (_, i) => key(10_000 + i)),
  },
  {
    id: undefined,
    slug: "gift-code-100",
    category: "gift-codes",
    nameZh: "¥100 礼品卡（演示）",
    nameEn: "¥100 gift code (demo)",
    descriptionZh: "演示商品：每单最多 10 张。",
    descriptionEn: "Demo item: at most 10 per order.",
    price: "95.00",
    minQuantity: 1,
    maxQuantity: 10,
    tiers: [],
    lines: Array.from({ length: 25 }, (_, i) => `GIFT-${key(20_000 + i).slice(0, 17)}`),
  },
  {
    id: undefined,
    slug: "streaming-month",
    category: "subscriptions",
    nameZh: "影音会员月卡（演示）",
    nameEn: "Streaming membership, one month (demo)",
    descriptionZh: "演示商品：账号----密码。",
    descriptionEn: "Demo item: account----password.",
    price: "12.50",
    minQuantity: 1,
    tiers: [{ minQuantity: 10, price: "11.50" }],
    lines: Array.from({ length: 40 }, (_, i) => `stream${pad(i + 1)}@member.example----St-${key(30_000 + i).slice(0, 9)}`),
  },
  {
    id: undefined,
    slug: "vpn-annual-code",
    category: "subscriptions",
    nameZh: "网络加速年卡（演示，已售罄）",
    nameEn: "Network accelerator, one year (demo, sold out)",
    descriptionZh: "演示售罄状态。",
    descriptionEn: "Shows the sold-out state.",
    price: "88.00",
    minQuantity: 1,
    tiers: [],
    lines: [],
  },
];

// Addresses derived from the public test mnemonic ("abandon ... about"): anyone can spend
// from them, so they are demo-only and flagged as such everywhere they are shown.
export const demoAddresses = [
  { coin: "trc20_usdt", address: "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH" },
  { coin: "erc20_usdt", address: "0x9858EfFD232B4033E47d90003D41EC34EcaEda94" },
];

export const demoCoupons = [
  { code: "DEMO10", kind: "percent", value: 10, remainingUses: 1000 },
  { code: "WELCOME5", kind: "fixed", value: 500, remainingUses: 3, productSlug: "office-suite-licence" },
];
