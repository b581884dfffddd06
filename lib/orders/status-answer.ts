// The status poll's answer, made from the order's row alone: the statement that reads it and
// what the answer shows. Nothing here touches the database or Prisma, so the request thread
// (lib/orders/order-views.ts) and the status worker (lib/orders/status-worker.ts) make the
// same answer from the same code.
import { isPostgres } from "../env";
import { sqliteDate, sqliteDateOrNull } from "../db/sqlite-values";
import { AppError } from "../api/app-error";
import { tokenMatches } from "../crypto/tokens";
import { openAccounts } from "./open-accounts";
import { deliveredSealed } from "./delivered-items";
import type { DeliveredAccount } from "../stock/split-line";
import { orderDto, paymentDto, type OrderRow } from "./order-dto";
import { paymentProgress, publicProgress, type MatchedTransfer, type PaymentProgress } from "../payments/chains/payment-progress";

export type OrderRecord = OrderRow & {
  userId: string | null;
  accessTokenHash: string;
  delimiter: string;
  payRail: string | null;
  deliveredItems: string | null;
  sealedItems: string[];
  /** A crypto order's transfers matched so far (null for other orders, and may be for one with none). */
  transfers: MatchedTransfer[] | null;
  /** Its address is the public demo wallet's. */
  payDemo: boolean;
};

// Status polling is the hottest read of the shop: one hand-written query returns the order
// with its delivered items' sealed lines, in item order, as one JSON array. The poll's read runs
// in the status worker (./status-worker.ts), the others' (the lookup, the buyer's own order)
// on the hot reads (lib/db/sqlite-reader.ts).
// One row per order: it used to be a join with one row per item, and the driver built every
// order column again for each (on SQLite 31 µs for a three-item order against 16 µs now,
// measured on the bench's database). Only the columns an answer uses: the driver builds a
// value for every column, and pg a parser for every column of every answer's description (a
// profile of the bench's status polls on PostgreSQL showed that step alone at about 2 % of a
// poll's time with all 36 columns).
// Every column the record reads, once: a column it declares but this leaves out (or one it
// does not declare) fails to compile.
const ORDER_COLUMNS = Object.keys({
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
  payUrl: true,
  payQr: true,
  contactEmail: true,
  status: true,
  createdAt: true,
  expiresAt: true,
  paidAt: true,
  completedAt: true,
  userId: true,
  accessTokenHash: true,
  delimiter: true,
  payRail: true,
  deliveredItems: true,
} satisfies Record<Exclude<keyof OrderRecord, "sealedItems" | "transfers" | "payDemo">, true>);
const SOLD_ITEMS = `FROM "stock_items" s WHERE s."orderId" = o."id" AND s."status" = 'sold'`;
// PostgreSQL's json_agg answers NULL for no items (pg parses the array); SQLite's '[]'.
// SQLite builds a temporary b-tree at every read for an aggregate's ORDER BY, so its items
// come as [id, content] pairs, put in order by fromSqlite (measured in the server, 2026-12-06:
// the read's median 62-63 -> 51-56 µs, timed around the call in a temporary build).
const SEALED = isPostgres
  ? `(SELECT json_agg(s."content" ORDER BY s."id") ${SOLD_ITEMS})`
  : `(SELECT json_group_array(json_array(s."id", s."content")) ${SOLD_ITEMS})`;
// A crypto order's matched transfers (its payment progress) and whether its address is the demo
// wallet's come with the order in the same statement: a pending crypto order's poll used to
// make three. In profiles of the bench's poll of one on SQLite (2026-12-06), the reads took
// 96 µs of a poll as three statements and 48 µs as one. CASE asks each only of the orders
// that can have one.
const MATCHED = `FROM "chain_transfers" t WHERE t."orderId" = o."id" AND t."status" IN ('seen', 'final')`;
const TRANSFER = `t."amount", t."status", t."confirmations", t."required"`;
const TRANSFERS = `CASE WHEN o."paymentMethod" = 'crypto' THEN (SELECT ${isPostgres ? `json_agg(json_build_array(${TRANSFER}))` : `json_group_array(json_array(${TRANSFER}))`} ${MATCHED}) END`;
const PAY_DEMO = `CASE WHEN o."payAddress" IS NOT NULL THEN (SELECT a."demo" FROM "payment_addresses" a WHERE a."coin" = o."coin" AND a."address" = o."payAddress") END`;
const SELECT_ORDER =
  `SELECT ${ORDER_COLUMNS.map((column) => `o."${column}"`).join(", ")}, ${SEALED} AS "sealed", ` +
  `${TRANSFERS} AS "transfers", ${PAY_DEMO} AS "payDemo" FROM "orders" o`;

export type OrderKey = { id: string } | { orderNo: string } | { orderNo: string; contactEmail: string };
export type OrderReadRow = Omit<OrderRecord, "sealedItems" | "transfers"> & {
  sealed: string[] | null;
  // PostgreSQL's json_agg: NULL for none; SQLite's json_group_array: [].
  transfers: [string, string, number, number][] | null;
};

// Each key's whole statement, made once: a statement is kept under its text, and a text
// built at every poll would be hashed in full at every lookup.
export const BY_ID = `${SELECT_ORDER} WHERE o."id" = ?`;
export const BY_NUMBER = `${SELECT_ORDER} WHERE o."orderNo" = ?`;
export const BY_NUMBER_AND_EMAIL = `${SELECT_ORDER} WHERE o."orderNo" = ? AND o."contactEmail" = ?`;

export function recordOf(rows: OrderReadRow[]): OrderRecord | undefined {
  const row = rows[0];
  if (!row) return undefined;
  // Reusable and manual orders keep their lines on the order itself (lib/orders/delivered-items.ts).
  const sealedItems = row.deliveredItems ? deliveredSealed(row.deliveredItems) : (row.sealed ?? []);
  const transfers =
    row.transfers?.map(([amount, status, confirmations, required]) => ({ amount, status, confirmations, required })) ?? null;
  // The row is this call's own: it becomes the record in place rather than being copied (the
  // largest object a status poll makes). Its `sealed` stays on it, unread. The demo flag is
  // NULL when the address has no row, and 0n/1n on SQLite.
  return Object.assign(row, { sealedItems, transfers, payDemo: Boolean(row.payDemo) });
}

// better-sqlite3's row, converted in place (only this read holds it).
export function fromSqlite(row: Record<string, unknown>): OrderReadRow {
  row.quantity = Number(row.quantity);
  row.createdAt = sqliteDate(row.createdAt);
  row.expiresAt = sqliteDate(row.expiresAt);
  row.paidAt = sqliteDateOrNull(row.paidAt);
  row.completedAt = sqliteDateOrNull(row.completedAt);
  row.sealed = (JSON.parse(String(row.sealed)) as [number, string][]).sort((a, b) => a[0] - b[0]).map(([, content]) => content);
  if (row.transfers !== null) row.transfers = JSON.parse(String(row.transfers));
  return row as unknown as OrderReadRow;
}

export type OrderStatusSummary = {
  status: string;
  paid: boolean;
  delivered: boolean;
  expires_at: string;
  payment_progress?: PaymentProgress;
};
export type OrderStatusDetails = OrderStatusSummary & {
  order: ReturnType<typeof orderDto>;
  payment: ReturnType<typeof paymentDto>;
  accounts?: DeliveredAccount[];
};

export function hasDetails(view: OrderStatusSummary | OrderStatusDetails): view is OrderStatusDetails {
  return "order" in view;
}

/**
 * A crypto order's payment as the chain shows it so far ("payment seen, k of N"): while it is
 * pending, and once expired while a payment sent in time is still confirming (it will count,
 * as a late payment). An expired order's final partial outputs alone show nothing: its lock
 * may have ended, and "send the rest" would no longer be true.
 */
function progressOf(order: OrderRecord): PaymentProgress | null {
  if (order.status !== "pending" && order.status !== "expired") return null;
  const progress = paymentProgress(order);
  return order.status === "pending" || progress?.state === "seen" ? progress : null;
}

function summaryOf(order: OrderRecord, progress: PaymentProgress | null): OrderStatusSummary {
  return {
    status: order.status,
    paid: order.paidAt !== null,
    delivered: order.status === "completed",
    expires_at: order.expiresAt.toISOString(),
    ...(progress ? { payment_progress: progress } : {}),
  };
}

/** A completed order's delivered lines, opened; undefined for any other order. */
export function deliveredAccountsOf(order: OrderRecord): DeliveredAccount[] | undefined {
  return order.status === "completed" ? openAccounts(order.sealedItems, order.delimiter) : undefined;
}

/** Everything the status shows its owner (the token's holder, or the signed-in buyer): payment details and delivered items. */
export function detailsOf(order: OrderRecord): OrderStatusDetails {
  const accounts = deliveredAccountsOf(order);
  return {
    ...summaryOf(order, progressOf(order)),
    order: orderDto(order),
    payment: paymentDto(order, order.payDemo),
    ...(accounts ? { accounts } : {}),
  };
}

/**
 * The poll's answer for an order already read: its status for anyone, and with the order's
 * token its payment details and delivered items (a wrong token is refused).
 */
export function statusOf(order: OrderRecord, token: string | null): OrderStatusSummary | OrderStatusDetails {
  if (token === null) {
    const progress = progressOf(order);
    return summaryOf(order, progress && publicProgress(progress));
  }
  if (!tokenMatches(token, order.accessTokenHash)) throw new AppError("invalid_order_token", "Invalid order token");
  return detailsOf(order);
}

/** An unpaid order past its time: reading it expires it first (lib/orders/order-views.ts). */
export function isOverdue(order: OrderRecord, now = Date.now()): boolean {
  return order.status === "pending" && order.expiresAt.getTime() <= now;
}

/** An unpaid cashier order: reading it asks its provider too, in case the notify was missed. */
export function isUnpaidCashierOrder(order: OrderRecord): order is OrderRecord & { payRail: string } {
  return order.status === "pending" && order.payRail !== null;
}

/** Whether reading the order has work to do besides the answer (the two above). */
export function needsMoreThanAnswer(order: OrderRecord, now = Date.now()): boolean {
  return isOverdue(order, now) || isUnpaidCashierOrder(order);
}
