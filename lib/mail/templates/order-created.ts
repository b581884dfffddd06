import "server-only";
import { formatDecimal } from "../../money";
import { COINS, type Coin } from "../../payments/crypto/coins";
import { enqueueMailAtCommit } from "../outbox";
import { mailStrings } from "../strings";
import type { MailBlock, MailDocument } from "../render";
import { moment, orderFacts, signOff, statusLink, type MailOrder } from "./order-mail-facts";
import type { SqlTx } from "../../db/hot-transaction";

export type CreatedOrder = MailOrder & {
  paymentMethod: string;
  coin: string | null;
  payAddress: string | null;
  payAmount: string | null;
  expiresAt: Date;
};

export type OrderCreatedMail = { order: CreatedOrder; productName: string; accessToken: string; demoAddress: boolean };

/** An unpaid order: what to pay, how, until when, and the status link (built while its token is known). */
export function orderCreatedMail({ order, productName, accessToken, demoAddress }: OrderCreatedMail): MailDocument {
  const s = mailStrings[order.locale];
  const link = statusLink(order, accessToken);
  const payment: MailBlock[] = [{ kind: "text", text: s.created.payBy(moment(order.locale, order.expiresAt)) }];
  if (order.paymentMethod === "crypto" && order.coin && order.payAddress && order.payAmount) {
    const coin = COINS[order.coin as Coin];
    payment.push(
      {
        kind: "facts",
        rows: [
          [s.created.network, coin.network],
          [s.created.send, `${formatDecimal(BigInt(order.payAmount), coin.decimals)} ${coin.asset}`],
          [s.created.address, order.payAddress],
        ],
      },
      { kind: "note", text: s.created.exactAmount },
    );
    if (demoAddress) payment.push({ kind: "note", text: s.created.demo });
  } else {
    payment.push({ kind: "text", text: s.created.payOnPage });
  }
  return {
    locale: order.locale,
    subject: s.created.subject(order.orderNo),
    preview: s.created.preview,
    blocks: [
      { kind: "text", text: s.greeting },
      { kind: "text", text: s.created.intro(order.orderNo) },
      orderFacts(order, productName),
      ...payment,
      { kind: "button", label: s.created.button, href: link },
      { kind: "note", text: s.keepLinkPrivate },
      { kind: "note", text: s.created.expiryNote },
      ...signOff(order.locale),
    ],
  };
}

/** Stale once the order has expired: nobody should be asked to pay an order that is gone. */
export function enqueueOrderCreatedMail(tx: SqlTx, mail: OrderCreatedMail): Promise<void> {
  return enqueueMailAtCommit(tx, {
    dedupeKey: `order_created:${mail.order.id}`,
    kind: "order_created",
    to: mail.order.contactEmail,
    deadlineAt: mail.order.expiresAt,
    doc: orderCreatedMail(mail),
  });
}
