// The words of every mail, in both languages. One typed object per locale: TypeScript keeps
// the two complete and alike, and the templates (./templates/) only arrange them.
import type { Locale } from "../i18n/routing";

export type MailStrings = {
  greeting: string;
  signature: string;
  shopName: string;
  support: (email: string) => string;
  zoneNote: string;
  orderNo: string;
  product: string;
  quantity: string;
  amount: string;
  keepLinkPrivate: string;
  created: {
    subject: (orderNo: string) => string;
    preview: string;
    intro: (orderNo: string) => string;
    payBy: (deadline: string) => string;
    network: string;
    send: string;
    address: string;
    exactAmount: string;
    demo: string;
    payOnPage: string;
    button: string;
    expiryNote: string;
  };
  delivered: {
    subject: (orderNo: string) => string;
    preview: string;
    intro: (orderNo: string) => string;
    button: string;
    itemsHeading: string;
    itemsOnPage: string;
  };
  topup: {
    subject: (amount: string) => string;
    preview: string;
    intro: (amount: string) => string;
    balance: string;
    button: string;
  };
  reset: {
    subject: string;
    preview: string;
    intro: string;
    button: string;
    expires: (minutes: number) => string;
    notYou: string;
  };
  webhookDisabled: {
    subject: (host: string) => string;
    preview: string;
    intro: (url: string) => string;
    reason: string;
    kept: string;
    button: string;
  };
};

const zh: MailStrings = {
  greeting: "您好，",
  signature: "Stockline 敬上",
  shopName: "Stockline",
  support: (email) => `如有疑问，请联系 ${email}。`,
  zoneNote: "（北京时间）",
  orderNo: "订单号",
  product: "商品",
  quantity: "数量",
  amount: "金额",
  keepLinkPrivate: "此链接含有您订单的访问凭据，请勿转发给他人。",
  created: {
    subject: (orderNo) => `订单 ${orderNo} 待支付`,
    preview: "请在订单过期前完成付款，付款后商品自动发货。",
    intro: (orderNo) => `我们已收到您的订单 ${orderNo}。付款确认后，商品会立即自动发货。`,
    payBy: (deadline) => `请在 ${deadline} 前付款：`,
    network: "网络",
    send: "转账金额",
    address: "收款地址",
    exactAmount: "请转入与上面完全相同的金额：它用来识别您的订单。",
    demo: "这是演示收款地址：请勿转入真实资金。",
    payOnPage: "请打开订单页面完成付款。",
    button: "查看订单和付款方式",
    expiryNote: "订单过期后，预留的商品将重新上架。",
  },
  delivered: {
    subject: (orderNo) => `订单 ${orderNo} 已发货`,
    preview: "您的商品已发货，可在订单页面查看。",
    intro: (orderNo) => `您的订单 ${orderNo} 已付款并发货。`,
    button: "查看已发货的商品",
    itemsHeading: "您的商品：",
    itemsOnPage: "商品内容请在订单页面查看，也可在那里下载。",
  },
  topup: {
    subject: (amount) => `充值 ${amount} 已到账`,
    preview: "您的充值已记入账户余额。",
    intro: (amount) => `您的充值 ${amount} 已记入账户余额。`,
    balance: "当前余额",
    button: "查看我的账户",
  },
  reset: {
    subject: "重置您的 Stockline 密码",
    preview: "点击链接设置新密码。",
    intro: "我们收到了为此邮箱对应的账户重置密码的请求。点击下面的按钮设置新密码：",
    button: "设置新密码",
    expires: (minutes) => `此链接 ${minutes} 分钟内有效，且只能使用一次。设置新密码后，所有已登录的设备和 API 令牌都将失效。`,
    notYou: "如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。",
  },
  webhookDisabled: {
    subject: (host) => `Webhook 端点 ${host} 已被停用`,
    preview: "该端点连续多日无法接收投递，已自动停用。",
    intro: (url) => `Webhook 端点 ${url} 连续多日没有成功接收任何投递，商店已自动停用它。`,
    reason: "原因",
    kept: "未送达的事件都已保留：修复接收方后，在管理后台重新启用该端点，事件会继续投递。",
    button: "在管理后台查看端点",
  },
};

const en: MailStrings = {
  greeting: "Hello,",
  signature: "The Stockline team",
  shopName: "Stockline",
  support: (email) => `Questions? Write to ${email}.`,
  zoneNote: " (China Standard Time, UTC+8)",
  orderNo: "Order number",
  product: "Product",
  quantity: "Quantity",
  amount: "Amount",
  keepLinkPrivate: "This link carries your order's access key: do not forward it.",
  created: {
    subject: (orderNo) => `Order ${orderNo}: awaiting payment`,
    preview: "Pay before the order expires; it is delivered automatically once paid.",
    intro: (orderNo) => `We have received your order ${orderNo}. It is delivered automatically as soon as the payment is confirmed.`,
    payBy: (deadline) => `Please pay by ${deadline}:`,
    network: "Network",
    send: "Send",
    address: "To address",
    exactAmount: "Send exactly the amount above: it identifies your order.",
    demo: "This is a demo receiving address: never send real funds to it.",
    payOnPage: "Open the order page to pay.",
    button: "View the order and how to pay",
    expiryNote: "If the order expires, its reserved items go back on sale.",
  },
  delivered: {
    subject: (orderNo) => `Order ${orderNo} delivered`,
    preview: "Your items are ready on the order page.",
    intro: (orderNo) => `Your order ${orderNo} is paid and delivered.`,
    button: "View your items",
    itemsHeading: "Your items:",
    itemsOnPage: "Your items are on the order page, where you can also download them.",
  },
  topup: {
    subject: (amount) => `Top-up of ${amount} credited`,
    preview: "Your top-up has been added to your balance.",
    intro: (amount) => `Your top-up of ${amount} has been added to your balance.`,
    balance: "Balance now",
    button: "Go to my account",
  },
  reset: {
    subject: "Reset your Stockline password",
    preview: "Follow the link to choose a new password.",
    intro: "Someone asked to reset the password of the account for this email address. Choose a new password here:",
    button: "Choose a new password",
    expires: (minutes) =>
      `The link works once, for ${minutes} minutes. Setting a new password signs out every device and revokes every API token.`,
    notYou: "If this was not you, ignore this mail: your password stays as it is.",
  },
  webhookDisabled: {
    subject: (host) => `Webhook endpoint ${host} disabled`,
    preview: "It took no delivery for days and was disabled automatically.",
    intro: (url) => `The webhook endpoint ${url} has not accepted a single delivery for days, so the shop disabled it.`,
    reason: "Reason",
    kept: "Undelivered events are kept: fix the receiver, then enable the endpoint again in the console and they are delivered.",
    button: "Open the endpoint in the console",
  },
};

export const mailStrings: Record<Locale, MailStrings> = { zh, en };
