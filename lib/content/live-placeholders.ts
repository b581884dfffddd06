import "server-only";
import type { Locale } from "../i18n/routing";
import { shopBrand } from "../brand/shop-brand";
import { paymentConfig } from "../payments/payment-config";

// Operator-typed values go into Markdown: their Markdown characters are escaped, so a WeChat
// ID like "my_shop" stays text and nothing typed in a setting can become a link.
const escape = (text: string) => text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`);

const words = {
  zh: { email: "电子邮箱", wechat: "微信", crypto: "加密货币", balance: "账户余额", balanceNote: "人民币余额或 USDT 余额，登录后下单即可扣款，付款和发货在同一步完成。", alipay: "支付宝", wechatPay: "微信支付", cashierNote: "在收银台扫码付款。", sep: "、", colon: "：", coin: (asset: string, network: string) => `${asset}（${network}）` },
  en: { email: "Email", wechat: "WeChat", crypto: "Cryptocurrency", balance: "Account balance", balanceNote: "your CNY or USDT balance. Sign in before ordering; payment and delivery happen in one step.", alipay: "Alipay", wechatPay: "WeChat Pay", cashierNote: "pay by scanning the cashier's QR code.", sep: ", ", colon: ": ", coin: (asset: string, network: string) => `${asset} (${network})` },
} as const;

/** The support texts' placeholders that come from settings and the payment configuration: `{{contactChannels}}`, `{{paymentMethods}}`, `{{orderTtlMinutes}}`. */
export async function livePlaceholders(locale: Locale): Promise<Record<string, string>> {
  const [brand, config] = await Promise.all([shopBrand(), paymentConfig()]);
  const w = words[locale];
  const { contact } = brand;
  const channels = [
    `- ${w.email}${w.colon}[${escape(contact.email)}](mailto:${contact.email})`,
    contact.telegram && /^[A-Za-z0-9_]{5,32}$/.test(contact.telegram) ? `- Telegram${w.colon}[@${escape(contact.telegram)}](https://t.me/${contact.telegram})` : null,
    contact.wechat ? `- ${w.wechat}${w.colon}${escape(contact.wechat)}` : null,
    contact.qq ? `- QQ${w.colon}${escape(contact.qq)}` : null,
  ];
  const { methods } = config;
  const coins = methods.crypto.coins.map((coin) => w.coin(coin.asset, coin.network)).join(w.sep);
  const offered = [
    methods.crypto.enabled ? `- **${w.crypto}**${w.colon}${coins}` : null,
    methods.balance_cny.enabled ? `- **${w.balance}**${w.colon}${w.balanceNote}` : null,
    methods.alipay.enabled ? `- **${w.alipay}**${w.colon}${w.cashierNote}` : null,
    methods.wechat.enabled ? `- **${w.wechatPay}**${w.colon}${w.cashierNote}` : null,
  ];
  return {
    contactChannels: channels.filter(Boolean).join("\n"),
    paymentMethods: offered.filter(Boolean).join("\n"),
    // The operator's order expiry (the console's settings), not only the environment's default.
    orderTtlMinutes: String(config.order_ttl_minutes),
  };
}
