import "server-only";
import { env } from "../../env";
import { enqueueMail, enqueueMailAtCommit, type OutgoingMail } from "../outbox";
import { mailStrings } from "../strings";
import type { MailBlock, MailDocument } from "../render";
import { orderFacts, signOff, statusLink, type MailOrder } from "./order-mail-facts";
import type { SqlTx } from "../../db/hot-transaction";

export type OrderDeliveredMail = {
  order: MailOrder;
  productName: string;
  /** Null for orders made before tokens were kept sealed: the mail links to the lookup page. */
  accessToken: string | null;
  /** The delivered lines, in clear; only written into the mail when MAIL_INCLUDE_ITEMS is on. */
  items: string[];
};

const DELIVERED_MAIL_DAYS = 7;

/** A paid order: its status link, and its items only if the operator chose to mail them. */
export function orderDeliveredMail({ order, productName, accessToken, items }: OrderDeliveredMail): MailDocument {
  const s = mailStrings[order.locale];
  const itemBlocks: MailBlock[] =
    env.MAIL_INCLUDE_ITEMS && items.length
      ? [
          { kind: "text", text: s.delivered.itemsHeading },
          { kind: "lines", lines: items },
        ]
      : [{ kind: "text", text: s.delivered.itemsOnPage }];
  return {
    locale: order.locale,
    subject: s.delivered.subject(order.orderNo),
    preview: s.delivered.preview,
    blocks: [
      { kind: "text", text: s.greeting },
      { kind: "text", text: s.delivered.intro(order.orderNo) },
      orderFacts(order, productName),
      ...itemBlocks,
      { kind: "button", label: s.delivered.button, href: statusLink(order, accessToken) },
      ...(accessToken ? [{ kind: "note", text: s.keepLinkPrivate } as const] : []),
      ...signOff(order.locale),
    ],
  };
}

/** `resendKey`: the operator's "send it again" (one mail per key); without it, the one delivery mail of the order. */
export function enqueueOrderDeliveredMail(tx: SqlTx, mail: OrderDeliveredMail, now = new Date(), resendKey?: string): Promise<boolean> {
  return enqueueMail(tx, deliveredOutgoing(mail, now, resendKey), now);
}

/** The same for an order delivered in its own creation's transaction: the row goes with COMMIT. */
export function enqueueOrderDeliveredMailAtCommit(tx: SqlTx, mail: OrderDeliveredMail, now = new Date()): Promise<void> {
  return enqueueMailAtCommit(tx, deliveredOutgoing(mail, now), now);
}

function deliveredOutgoing(mail: OrderDeliveredMail, now: Date, resendKey?: string): OutgoingMail {
  return {
    dedupeKey: `order_delivered:${mail.order.id}${resendKey ? `:resend:${resendKey}` : ""}`,
    kind: "order_delivered",
    to: mail.order.contactEmail,
    deadlineAt: new Date(now.getTime() + DELIVERED_MAIL_DAYS * 24 * 60 * 60 * 1000),
    doc: orderDeliveredMail(mail),
  };
}
