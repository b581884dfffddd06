import "server-only";
import { Prisma } from "../generated/sqlite/client";
import type { OrderRow } from "./order-dto";
import type { SqlTx } from "../db/hot-transaction";

/** An order row: what the API shows of it, and the columns it never shows. */
export type NewOrder = Omit<OrderRow, "payDemo"> & {
  userId: string | null;
  cnyPerUsdtMicro: bigint | null;
  payDebit: bigint | null;
  couponId: string | null;
  delimiter: string;
  accessTokenHash: string;
  clientIpHash: string | null;
  payRail: string | null;
  payUrl: string | null;
  payQr: string | null;
  locale: string;
  accessTokenSealed: string | null;
  kind: string;
  deliveredItems: string | null;
};

// The columns written, fixed (not taken from whatever object is passed); the check below
// fails to compile when NewOrder gains a field that is not listed here.
const COLUMNS = [
  "id",
  "orderNo",
  "productId",
  "userId",
  "quantity",
  "unitPriceFen",
  "currency",
  "discountFen",
  "amountFen",
  "paymentMethod",
  "coin",
  "payAddress",
  "payAmount",
  "cnyPerUsdtMicro",
  "payDebit",
  "couponId",
  "contactEmail",
  "delimiter",
  "accessTokenHash",
  "status",
  "paidAt",
  "completedAt",
  "expiresAt",
  "createdAt",
  "clientIpHash",
  "payRail",
  "payUrl",
  "payQr",
  "locale",
  "accessTokenSealed",
  "kind",
  "deliveredItems",
] as const satisfies readonly (keyof NewOrder)[];
const everyFieldListed: Exclude<keyof NewOrder, (typeof COLUMNS)[number]> extends never ? true : never = true;
void everyFieldListed;

/**
 * Writes a new order row. Hand-written: order creation is the shop's hottest write, and a
 * raw INSERT costs a quarter of Prisma's `create` (see `npm run bench`). The columns are
 * those of prisma/schema.prisma; the API tests exercise this on both engines.
 */
export async function insertOrder(tx: SqlTx, order: NewOrder): Promise<NewOrder> {
  await tx.$executeRaw(insertOrderSql(order));
  return order;
}

/** The INSERT itself, for a caller that sends it with other statements (lib/orders/create-order.ts). */
export function insertOrderSql(order: NewOrder): Prisma.Sql {
  const names = Prisma.raw(COLUMNS.map((name) => `"${name}"`).join(", "));
  const values = Prisma.join(COLUMNS.map((name) => order[name]));
  return Prisma.sql`INSERT INTO "orders" (${names}) VALUES (${values})`;
}
