import "server-only";
// What an order's changes tell the outside world: the buyer's mail (lib/mail) and the
// operator's webhook events (lib/webhooks), each written in the transaction of the change
// itself, so they exist exactly when it commits. One call per change from the order code.
import type { Tx } from "../db";
import { env } from "../env";
import { decrypt, encrypt } from "../crypto/secret-box";
import { localeOf } from "../i18n/request-locale";
import { emitEvent, emitEvents } from "../webhooks/emit-event";
import { enqueueOrderCreatedMail } from "../mail/templates/order-created";
import { enqueueOrderDeliveredMail, enqueueOrderDeliveredMailAtCommit } from "../mail/templates/order-delivered";
import { orderDto, type OrderRow } from "./order-dto";
import type { SqlTx } from "../db/hot-transaction";
import { deliveredSealed } from "./delivered-items";

type Product = { nameZh: string; nameEn: string };
export type CreatedOrderNotice = {
  order: OrderRow & { locale: string };
  product: Product;
  accessToken: string;
  demoAddress: boolean;
  /** The sealed items a balance order was delivered at creation. */
  sealedItems: string[];
};

const productName = (product: Product, locale: string) => (locale === "en" ? product.nameEn : product.nameZh);
const openItems = (sealed: string[]) => (env.MAIL_INCLUDE_ITEMS ? sealed.map(decrypt) : []);

/** The access token, sealed for the order row, so the delivery mail can carry the status link later. */
export const sealAccessToken = (token: string) => encrypt(token);

/**
 * A new order: order.created (and for a balance order, paid and delivered at once, also
 * order.paid and order.completed); the buyer gets how to pay, or the delivery mail.
 */
export async function announceOrderCreated(
  tx: SqlTx,
  { order, product, accessToken, demoAddress, sealedItems }: CreatedOrderNotice,
): Promise<void> {
  const mailOrder = { ...order, locale: localeOf(order.locale) };
  const name = productName(product, mailOrder.locale);
  const data = { order: orderDto(order) };
  if (order.status === "completed") {
    await emitEvents(tx, ["order.created", "order.paid", "order.completed"], data);
    await enqueueOrderDeliveredMailAtCommit(tx, { order: mailOrder, productName: name, accessToken, items: openItems(sealedItems) });
  } else if (order.status === "paid") {
    // A manual-delivery order paid from the balance: the delivery mail goes out when the operator delivers.
    await emitEvents(tx, ["order.created", "order.paid"], data);
  } else {
    await emitEvent(tx, "order.created", data);
    await enqueueOrderCreatedMail(tx, { order: mailOrder, productName: name, accessToken, demoAddress });
  }
}

async function orderWithProduct(tx: Tx, orderId: string) {
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { product: { select: { nameZh: true, nameEn: true } } } });
}

/**
 * A paid order was just delivered (lib/orders/delivery.ts): order.completed and the delivery
 * mail, and order.paid unless it went out when the order was paid (a manual-delivery order's
 * payment is announced at once, its delivery later): each event once per order.
 */
export async function announceOrderDelivered(tx: Tx, orderId: string, { paidAnnounced }: { paidAnnounced: boolean }): Promise<void> {
  const order = await orderWithProduct(tx, orderId);
  await emitEvents(tx, paidAnnounced ? ["order.completed"] : ["order.paid", "order.completed"], { order: orderDto(order) });
  const locale = localeOf(order.locale);
  const sealed = !env.MAIL_INCLUDE_ITEMS
    ? []
    : order.deliveredItems
      ? deliveredSealed(order.deliveredItems)
      : (await tx.stockItem.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { content: true } })).map(
          (item) => item.content,
        );
  await enqueueOrderDeliveredMail(tx, {
    order: { ...order, locale },
    productName: productName(order.product, locale),
    accessToken: order.accessTokenSealed ? decrypt(order.accessTokenSealed) : null,
    items: openItems(sealed),
  });
}

async function orderData(tx: Tx, orderId: string) {
  return { order: orderDto(await tx.order.findUniqueOrThrow({ where: { id: orderId } })) };
}

/** A paid manual-delivery order now waits for the operator: order.paid (order.completed follows with the delivery). */
export async function announceOrderPaid(tx: Tx, orderId: string): Promise<void> {
  await emitEvent(tx, "order.paid", () => orderData(tx, orderId));
}

/** An unpaid order closed: order.expired when its time ran out (an operator's cancel has no event). */
export async function announceOrderClosed(tx: Tx, orderId: string, as: "expired" | "cancelled"): Promise<void> {
  if (as === "expired") await emitEvent(tx, "order.expired", () => orderData(tx, orderId));
}

export async function announceOrderRefunded(tx: Tx, orderId: string): Promise<void> {
  await emitEvent(tx, "order.refunded", () => orderData(tx, orderId));
}
