// Which messages reach the browser. next-intl's provider would otherwise serialize every
// message of the locale (about 60 KB, the console's included) into each page's HTML, where
// the server renders it into the RSC payload and the browser parses it again at every page.
// Client components only need their own namespaces, and a page only those of the client
// components it renders: the [locale] layout provides what every page needs, and each
// subtree below with client components of its own has a layout (components/i18n/
// messages-layout.tsx) that provides that subtree's list instead. Providers do not merge: a
// subtree's list is all its pages need. lib/i18n/client-messages.test.ts walks each
// subtree's imports and fails when a client component asks for a namespace its subtree's
// list lacks, or a list names one nothing in its subtree uses.
import type { AbstractIntlMessages } from "next-intl";

/** The console's client components' namespaces. */
const CONSOLE = [
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

/**
 * Namespaces (or dotted sub-namespaces) sent to the browser, by the subtree of app/[locale]
 * whose layout provides them ("" is the [locale] layout: every page outside the others).
 */
export const CLIENT_MESSAGES = {
  "": ["Error", "LocaleSwitcher"],
  "(auth)": ["Auth", "Error", "PasswordField", "PasswordReset"],
  account: ["Account", "AccountPassword", "Copy", "Delivery", "Error", "Topup"],
  admin: [...CONSOLE, "Copy"],
  "api-docs": ["CodeCopy", "Error"],
  orders: [
    "Account.methods",
    "Cashier",
    "Copy",
    "Delivery",
    "Error",
    "Order",
    "OrderPreparing",
    "OrderStatus",
    "Payment",
    "PaymentExtras",
    "Receipt",
  ],
  "products/[slug]": ["Checkout", "CheckoutQuote", "Error"],
} as const satisfies Record<string, readonly string[]>;

export type MessagesSubtree = keyof typeof CLIENT_MESSAGES;

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
