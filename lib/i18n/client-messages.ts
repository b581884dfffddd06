// Which messages reach the browser. next-intl's provider would otherwise serialize every
// message of the locale (about 60 KB, the console's included) into each page's HTML, where
// the server renders it into the RSC payload and the browser parses it again at every page.
// Client components only need their own namespaces: the storefront's below for every page,
// the console's added under /admin. lib/i18n/client-messages.test.ts walks the client
// components' imports and fails when one of them asks for a namespace missing here.
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces (or dotted sub-namespaces) the storefront's client components use. */
export const STOREFRONT_CLIENT_MESSAGES = [
  "Account",
  "AccountPassword",
  "Auth",
  "Cashier",
  "Checkout",
  "CheckoutQuote",
  "CodeCopy",
  "Copy",
  "Delivery",
  "Error",
  "LocaleSwitcher",
  "Order",
  "OrderPreparing",
  "OrderStatus",
  "PasswordField",
  "PasswordReset",
  "Payment",
  "PaymentExtras",
  "Receipt",
  "Topup",
] as const;

/** What the console's client components use besides the storefront's. */
export const CONSOLE_CLIENT_MESSAGES = [
  "Admin.categories",
  "Admin.coupons",
  "Admin.errors",
  "Admin.nav",
  "Admin.orders",
  "Admin.products",
  "Admin.settings",
  "Admin.signIn",
  "Admin.stock",
  "Admin.twoFactor",
  "Admin.users",
  "AdminApiOrders",
  "AdminBlacklist",
  "AdminKinds",
  "AdminNotify.brand",
  "AdminNotify.images",
  "AdminNotify.resend",
  "AdminNotify.webhooks",
  "AdminPayments.addresses",
  "AdminPayments.flagged",
  "AdminPayments.nav",
  "AdminPayments.rails",
  "AdminPayments.transfers",
] as const;

/** Everything under /admin: the console's on top of the storefront's. */
export const ADMIN_CLIENT_MESSAGES = [...STOREFRONT_CLIENT_MESSAGES, ...CONSOLE_CLIENT_MESSAGES];

// A locale's messages are one object for the process's life (lib/i18n/request.ts imports the
// file once), so each layout's pick is made once per locale, not at every request.
const picks = new WeakMap<AbstractIntlMessages, Map<readonly string[], AbstractIntlMessages>>();

/** `pickMessages`, kept per messages object and list of paths (pass one of the lists above). */
export function clientMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  let byPaths = picks.get(messages);
  if (!byPaths) picks.set(messages, (byPaths = new Map()));
  let picked = byPaths.get(paths);
  if (!picked) byPaths.set(paths, (picked = pickMessages(messages, paths)));
  return picked;
}

/** The messages at the given paths ("Admin.twoFactor" keeps only that part of "Admin"). */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let into = picked;
    parts.forEach((part, index) => {
      from = typeof from === "object" ? from[part] : undefined;
      if (from === undefined) return;
      if (index === parts.length - 1) into[part] = from;
      else into = (into[part] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}
