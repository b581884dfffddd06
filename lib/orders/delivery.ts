import "server-only";
import type { Tx } from "../db";
import { sellItems } from "../stock/reservation";
import { reusableLine } from "../stock/reusable-line";
import { announceOrderDelivered, announceOrderPaid } from "./order-notices";
import { deliveredItemsJson } from "./delivered-items";

export type DeliverableOrder = { id: string; quantity: number; productId: string; kind: string };

/**
 * Paid -> completed, once; the buyer and the operator's webhooks are told. By the order's kind
 * (lib/catalog/product-kinds.ts): exactly its reserved items become sold; or the reusable
 * line is copied onto it; or, for manual delivery, it stays paid until the operator types the
 * items (deliverByHand below).
 */
export async function deliverOrder(tx: Tx, order: DeliverableOrder, paidAt: Date): Promise<void> {
  if (order.kind === "manual") return announceOrderPaid(tx, order.id);
  const deliveredItems = order.kind === "reusable" ? deliveredItemsJson([await reusableLine(tx, order.productId)]) : undefined;
  if (order.kind !== "reusable") await sellItems(tx, order.id, order.quantity);
  await tx.order.update({ where: { id: order.id }, data: { status: "completed", completedAt: paidAt, deliveredItems } });
  await announceOrderDelivered(tx, order.id, { paidAnnounced: false });
}

/**
 * The operator's delivery of a paid manual order: the guarded paid -> completed move with the
 * typed lines (sealed), then the same announcements as any delivery but order.paid, which went
 * out when the order was paid (announceOrderPaid above, or with a balance order's creation).
 * False when the order was not a paid manual one (a second submit finds it completed already
 * and changes nothing).
 */
export async function deliverByHand(tx: Tx, orderId: string, sealedLines: string[], at: Date): Promise<boolean> {
  const moved = await tx.order.updateMany({
    where: { id: orderId, status: "paid", kind: "manual" },
    data: { status: "completed", completedAt: at, deliveredItems: deliveredItemsJson(sealedLines) },
  });
  if (moved.count !== 1) return false;
  await announceOrderDelivered(tx, orderId, { paidAnnounced: true });
  return true;
}
