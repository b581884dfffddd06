import "server-only";
import { db, type Tx } from "../db";
import { decrypt } from "../crypto/secret-box";
import { splitLine, type DeliveredAccount } from "../stock/split-line";
import { sellItems } from "../stock/reservation";

/** Paid -> completed: exactly the order's reserved items become sold, once. */
export async function deliverOrder(tx: Tx, order: { id: string; quantity: number }, paidAt: Date): Promise<void> {
  await sellItems(tx, order.id, order.quantity);
  await tx.order.update({ where: { id: order.id }, data: { status: "completed", completedAt: paidAt } });
}

export function openAccounts(sealed: string[], delimiter: string): DeliveredAccount[] {
  return sealed.map((content) => splitLine(decrypt(content), delimiter));
}

/** The delivered lines of a completed order, decrypted and split on the order's delimiter. */
export async function deliveredAccounts(order: { id: string; delimiter: string }): Promise<DeliveredAccount[]> {
  const items = await db.$queryRaw<{ content: string }[]>`
    SELECT "content" FROM "stock_items" WHERE "orderId" = ${order.id} AND "status" = 'sold' ORDER BY "id"`;
  return openAccounts(
    items.map((item) => item.content),
    order.delimiter,
  );
}
