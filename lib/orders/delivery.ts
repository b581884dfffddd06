import "server-only";
import type { Tx } from "../db";
import { decrypt } from "../crypto/secret-box";
import { splitLine, type DeliveredAccount } from "../stock/split-line";
import { sellItems } from "../stock/reservation";
import { announceOrderDelivered } from "./order-notices";

/** Paid -> completed: exactly the order's reserved items become sold, once; the buyer and the operator's webhooks are told. */
export async function deliverOrder(tx: Tx, order: { id: string; quantity: number }, paidAt: Date): Promise<void> {
  await sellItems(tx, order.id, order.quantity);
  await tx.order.update({ where: { id: order.id }, data: { status: "completed", completedAt: paidAt } });
  await announceOrderDelivered(tx, order.id);
}

export function openAccounts(sealed: string[], delimiter: string): DeliveredAccount[] {
  return sealed.map((content) => splitLine(decrypt(content), delimiter));
}
