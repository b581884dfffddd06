import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { isPostgres } from "../env";

/**
 * A product's available items, oldest first, read through the (productId, status, id) index:
 * the `WHERE` terms (after `WHERE`) and the `ORDER BY` terms for a hand-written statement.
 *
 * Asked for `"productId" = $1 AND "status" = 'available' ORDER BY "id"`, PostgreSQL's planner
 * may walk the primary key instead, from the table's first row past every item before the
 * product's (it assumes a product's items are spread evenly; they sit together): 2-76 ms per
 * order on the bench's shop. A bound read with MIN("id") did not hold it either: with fresh
 * statistics the planner answered that MIN by the same walk (auto_explain under the bench's
 * crypto orders: 15-31 ms, 50,525 rows removed by the filter). So on PostgreSQL the product is
 * named as a range of one value and the order is (productId, id): no longer a constant,
 * productId keeps its place in the order, which only this index gives (EXPLAIN with and
 * without statistics: this index, 0.1-0.5 ms). SQLite's planner takes the index for the plain
 * form, and would sort the product's items for the range one (EXPLAIN QUERY PLAN: "USE TEMP
 * B-TREE"), so it keeps the plain form.
 */
export function availableInOrder(productId: string): { where: Prisma.Sql; orderBy: Prisma.Sql } {
  return isPostgres
    ? {
        where: Prisma.sql`"productId" >= ${productId} AND "productId" <= ${productId} AND "status" = 'available'`,
        orderBy: Prisma.sql`"productId", "id"`,
      }
    : { where: Prisma.sql`"productId" = ${productId} AND "status" = 'available'`, orderBy: Prisma.sql`"id"` };
}
