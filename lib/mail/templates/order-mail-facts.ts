// What the order mails have in common: the order's facts, its status link, the sign-off.
import { formatDateTime, formatPrice } from "../../i18n/format";
import type { Locale } from "../../i18n/routing";
import { fenToYuan } from "../../money";
import { env } from "../../env";
import { shopLink } from "../links";
import { mailStrings } from "../strings";
import type { MailBlock } from "../render";

export type MailOrder = {
  id: string;
  orderNo: string;
  quantity: number;
  amountFen: bigint;
  contactEmail: string;
  locale: Locale;
};

export function orderFacts(order: MailOrder, productName: string): MailBlock {
  const s = mailStrings[order.locale];
  return {
    kind: "facts",
    rows: [
      [s.orderNo, order.orderNo],
      [s.product, productName],
      [s.quantity, String(order.quantity)],
      [s.amount, formatPrice(order.locale, fenToYuan(order.amountFen))],
    ],
  };
}

/** The order's status link (payment page, then its items); without the token, the lookup page. */
export function statusLink(order: MailOrder, accessToken: string | null): string {
  return accessToken ? shopLink(`/${order.locale}/orders/${order.id}`, { token: accessToken }) : shopLink(`/${order.locale}/orders/lookup`);
}

export function signOff(locale: Locale): MailBlock[] {
  const s = mailStrings[locale];
  return [
    { kind: "note", text: s.support(env.SUPPORT_EMAIL) },
    { kind: "text", text: s.signature },
  ];
}

export function moment(locale: Locale, at: Date): string {
  return `${formatDateTime(locale, at.toISOString())}${mailStrings[locale].zoneNote}`;
}
