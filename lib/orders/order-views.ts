import "server-only";
import { db } from "../db";
import { AppError, errors } from "../api/app-error";
import { tokenMatches } from "../crypto/tokens";
import { expireOrder } from "./expire-orders";
import { openAccounts } from "./delivery";
import { orderDto, paymentDto, type OrderRow } from "./order-dto";
import { Prisma } from "../generated/sqlite/client";
import { ORDER_NUMBER_PATTERN } from "./order-number";
import { isDemoAddress } from "../payments/crypto/demo-address";

type OrderRecord = OrderRow & { accessTokenHash: string; delimiter: string; sealedItems: string[] };

// Status polling is the hottest read of the shop: one hand-written query (a quarter of
// the cost of a Prisma one) returns the order with its delivered items, one row per item.
// (`o.*`: the shortest statement is the cheapest for SQLite to prepare, which the driver
// adapter does on every call.)
const columns = Prisma.sql`SELECT o.*, s."content" AS "sealed"
  FROM "orders" o LEFT JOIN "stock_items" s ON s."orderId" = o."id" AND s."status" = 'sold'`;

async function readOrder(where: { id: string } | { orderNo: string } | { orderNo: string; contactEmail: string }) {
  const filter =
    "id" in where
      ? Prisma.sql`WHERE o."id" = ${where.id}`
      : "contactEmail" in where
        ? Prisma.sql`WHERE o."orderNo" = ${where.orderNo} AND o."contactEmail" = ${where.contactEmail}`
        : Prisma.sql`WHERE o."orderNo" = ${where.orderNo}`;
  const rows = await db.$queryRaw<(Omit<OrderRecord, "sealedItems"> & { sealed: string | null })[]>`${columns} ${filter} ORDER BY s."id"`;
  const first = rows[0];
  if (!first) return undefined;
  const { sealed: _first, ...order } = first;
  return { ...order, sealedItems: rows.flatMap((row) => (row.sealed ? [row.sealed] : [])) } satisfies OrderRecord;
}

async function findOrder(where: Parameters<typeof readOrder>[0]) {
  const order = await readOrder(where);
  // An overdue order is expired on read too, so no answer ever shows it still payable.
  if (order && order.status === "pending" && order.expiresAt.getTime() <= Date.now()) {
    await expireOrder(order.id);
    return readOrder(where);
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
  const accounts = order.status === "completed" ? openAccounts(order.sealedItems, order.delimiter) : undefined;
  const payDemo = order.payAddress ? await isDemoAddress(order.coin, order.payAddress) : false;
  return { ...summary, order: orderDto(order), payment: paymentDto({ ...order, payDemo }), ...(accounts ? { accounts } : {}) };
}

/** GET /api/orders/query: order number + email (the same 404 whichever is wrong). */
export async function lookupOrder(orderNo: string, email: string) {
  const order = await findOrder({ orderNo: orderNo.trim().toUpperCase(), contactEmail: email.trim().toLowerCase() });
  if (!order) throw errors.orderNotFound();
  const accounts = order.status === "completed" ? openAccounts(order.sealedItems, order.delimiter) : undefined;
  return { order: orderDto(order), ...(accounts ? { accounts } : {}) };
}
