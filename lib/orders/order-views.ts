import "server-only";
import { db } from "../db";
import { AppError, errors } from "../api/app-error";
import { tokenMatches } from "../crypto/tokens";
import { expireOrder } from "./expire-orders";
import { deliveredAccounts } from "./delivery";
import { orderDto, paymentDto } from "./order-dto";
import { ORDER_NUMBER_PATTERN } from "./order-number";
import { isDemoAddress } from "../payments/crypto/demo-address";

const orderSelect = {
  id: true,
  orderNo: true,
  productId: true,
  quantity: true,
  unitPriceFen: true,
  discountFen: true,
  amountFen: true,
  currency: true,
  paymentMethod: true,
  coin: true,
  payAddress: true,
  payAmount: true,
  contactEmail: true,
  status: true,
  createdAt: true,
  expiresAt: true,
  paidAt: true,
  completedAt: true,
  accessTokenHash: true,
  delimiter: true,
} as const;

async function findOrder(where: { id: string } | { orderNo: string } | { orderNo: string; contactEmail: string }) {
  let order = await db.order.findFirst({ where, select: orderSelect });
  // An overdue order is expired on read too, so no answer ever shows it still payable.
  if (order && order.status === "pending" && order.expiresAt.getTime() <= Date.now()) {
    await expireOrder(order.id);
    order = await db.order.findFirst({ where, select: orderSelect });
  }
  return order;
}

/** GET /api/orders/:id/status: status for anyone; payment details and items with the order's token. */
export async function orderStatus(idOrNumber: string, token: string | null) {
  const order = await findOrder(ORDER_NUMBER_PATTERN.test(idOrNumber) ? { orderNo: idOrNumber } : { id: idOrNumber });
  if (!order) throw errors.orderNotFound();
  const summary = {
    status: order.status,
    paid: order.paidAt !== null,
    delivered: order.status === "completed",
    expires_at: order.expiresAt.toISOString(),
  };
  if (token === null) return summary;
  if (!tokenMatches(token, order.accessTokenHash)) throw new AppError("invalid_order_token", "Invalid order token");
  const accounts = order.status === "completed" ? await deliveredAccounts(db, order) : undefined;
  const payDemo = order.payAddress ? await isDemoAddress(order.coin, order.payAddress) : false;
  return { ...summary, order: orderDto(order), payment: paymentDto({ ...order, payDemo }), ...(accounts ? { accounts } : {}) };
}

/** GET /api/orders/query: order number + email (the same 404 whichever is wrong). */
export async function lookupOrder(orderNo: string, email: string) {
  const order = await findOrder({ orderNo: orderNo.trim().toUpperCase(), contactEmail: email.trim().toLowerCase() });
  if (!order) throw errors.orderNotFound();
  const accounts = order.status === "completed" ? await deliveredAccounts(db, order) : undefined;
  return { order: orderDto(order), ...(accounts ? { accounts } : {}) };
}
