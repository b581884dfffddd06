import "server-only";
// Reading an order for its status (the poll, the status link, the lookup by number and email):
// the read and what reading does besides answering. The answer itself is made from the row by
// ./status-answer.ts; on SQLite the poll is answered whole by the status worker when it can
// (./status-off-thread.ts).
import { hotReadNow } from "../db/sqlite-reader";
import { errors } from "../api/app-error";
import { expireOrder } from "./expire-orders";
import { orderDto, paymentDto } from "./order-dto";
import { ORDER_NUMBER_PATTERN } from "./order-number";
import { askProviderSoon } from "../payments/cashier/recover-payment";
import {
  BY_ID,
  BY_NUMBER,
  BY_NUMBER_AND_EMAIL,
  deliveredAccountsOf,
  detailsOf,
  fromSqlite,
  isOverdue,
  isUnpaidCashierOrder,
  recordOf,
  statusOf,
  type OrderKey,
  type OrderReadRow,
  type OrderRecord,
  type OrderStatusDetails,
  type OrderStatusSummary,
} from "./status-answer";
import { statusOffThread } from "./status-off-thread";

// The reads below answer at once on SQLite and as a promise on PostgreSQL (`hotReadNow`), so
// a status poll makes no promise it does not need: under the framework's async hooks each one
// cost a poll a few microseconds (about a tenth of what it spends beyond the framework's).
type Now<T> = T | Promise<T>;
const andThen = <T, R>(value: Now<T>, next: (value: T) => Now<R>): Now<R> => (value instanceof Promise ? value.then(next) : next(value));

function readOrderRows(where: OrderKey): Now<OrderReadRow[]> {
  if ("id" in where) return hotReadNow(BY_ID, [where.id], fromSqlite);
  if ("contactEmail" in where) return hotReadNow(BY_NUMBER_AND_EMAIL, [where.orderNo, where.contactEmail], fromSqlite);
  return hotReadNow(BY_NUMBER, [where.orderNo], fromSqlite);
}

function readOrder(where: OrderKey): Now<OrderRecord | undefined> {
  return andThen(readOrderRows(where), recordOf);
}

function findOrder(where: OrderKey): Now<OrderRecord | undefined> {
  return andThen(readOrder(where), (order) => {
    // An overdue order is expired on read too, so no answer ever shows it still payable.
    if (order && isOverdue(order)) return expireOrder(order.id).then(() => readOrder(where));
    if (order && isUnpaidCashierOrder(order)) askProviderSoon(order.payRail, order.orderNo);
    return order;
  });
}

/** GET /api/orders/:id/status: status for anyone; payment details and items with the order's token. */
export async function orderStatus(idOrNumber: string, token: string | null): Promise<OrderStatusSummary | OrderStatusDetails> {
  const found = findOrder(ORDER_NUMBER_PATTERN.test(idOrNumber) ? { orderNo: idOrNumber } : { id: idOrNumber });
  const order = found instanceof Promise ? await found : found;
  if (!order) throw errors.orderNotFound();
  return statusOf(order, token);
}

/** The poll as the API answers it: by the status worker where it can, else as orderStatus. */
export async function orderStatusAnswer(
  idOrNumber: string,
  token: string | null,
): Promise<Response | OrderStatusSummary | OrderStatusDetails> {
  return (await statusOffThread(idOrNumber, token)) ?? orderStatus(idOrNumber, token);
}

/** A signed-in shopper's own order, as the status link shows it: their session proves ownership instead of the token. */
export async function ownOrderStatus(userId: string, id: string): Promise<OrderStatusDetails> {
  const order = userId ? await findOrder({ id }) : undefined;
  // Another user's order and an unknown one read the same.
  if (!order || order.userId !== userId) throw errors.orderNotFound();
  return detailsOf(order);
}

/**
 * GET /api/orders/query: order number + email (the same 404 whichever is wrong). An unpaid
 * order also answers how to pay it, so a shopper who closed the payment page can still pay.
 */
export async function lookupOrder(orderNo: string, email: string) {
  const order = await findOrder({ orderNo: orderNo.trim().toUpperCase(), contactEmail: email.trim().toLowerCase() });
  if (!order) throw errors.orderNotFound();
  const accounts = deliveredAccountsOf(order);
  return {
    order: orderDto(order),
    ...(order.status === "pending" ? { payment: paymentDto(order, order.payDemo) } : {}),
    ...(accounts ? { accounts } : {}),
  };
}
