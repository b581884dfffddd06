import "server-only";
import type { Tx } from "../db";
import { decrypt } from "../crypto/secret-box";
import { splitLine, type DeliveredAccount } from "../stock/split-line";
import { sellItems } from "../stock/reservation";

/** Paid -> completed: exactly the order's reserved items become sold, once. */
export async function deliverOrder(tx: Tx, order: { id: string; quantity: number }, paidAt: Date): Promise<void> {
  await sellItems(tx, order.id, order.quantity);
  await tx.order.update({ where: { id: order.id }, data: { status: "completed", completedAt: paidAt } });
}

/** The delivered lines of a completed order, decrypted and split on the product's delimiter. */
export async function deliveredAccounts(
  tx: Pick<Tx, "stockItem">,
  orderId: string,
  delimiter: string,
): Promise<DeliveredAccount[]> {
  const items = await tx.stockItem.findMany({
    where: { orderId, status: "sold" },
    select: { content: true },
    orderBy: { id: "asc" },
  });
  return items.map((item) => splitLine(decrypt(item.content), delimiter));
}
