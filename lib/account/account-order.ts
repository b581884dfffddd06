import "server-only";
import { db } from "../db";
import { errors } from "../api/app-error";
import { expireOrder } from "../orders/expire-orders";
import { openAccounts } from "../orders/delivery";
import type { DeliveredAccount } from "../stock/split-line";
import type { HistoryOrder } from "./order-history";

export type AccountOrder = HistoryOrder & { accounts?: DeliveredAccount[] };

async function readOwnOrder(userId: string, orderId: string) {
  return db.order.findFirst({
    // Ownership is part of the query: another user's order is simply not found.
    where: { id: orderId, userId },
    select: {
      id: true,
      orderNo: true,
      quantity: true,
      amountFen: true,
      paymentMethod: true,
      status: true,
      createdAt: true,
      expiresAt: true,
      delimiter: true,
      product: { select: { nameZh: true, nameEn: true } },
      items: { where: { status: "sold" }, select: { content: true }, orderBy: { id: "asc" } },
    },
  });
}

/**
 * One of the signed-in user's orders, with its delivered items once completed. The session
 * user proves ownership here; the order's access token is not needed (it was shown once).
 */
export async function accountOrderOrThrow(userId: string, orderId: string): Promise<AccountOrder> {
  if (!userId) throw errors.orderNotFound();
  let order = await readOwnOrder(userId, orderId);
  // As on the status page, an overdue unpaid order is expired on read, never shown payable.
  if (order && order.status === "pending" && order.expiresAt.getTime() <= Date.now()) {
    await expireOrder(order.id);
    order = await readOwnOrder(userId, orderId);
  }
  if (!order) throw errors.orderNotFound();
  const { product, items, delimiter, expiresAt: _expiresAt, ...rest } = order;
  const accounts = order.status === "completed" ? openAccounts(items.map((item) => item.content), delimiter) : undefined;
  return { ...rest, productNameZh: product.nameZh, productNameEn: product.nameEn, ...(accounts ? { accounts } : {}) };
}
