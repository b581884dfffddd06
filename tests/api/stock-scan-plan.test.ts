// The order path reads a product's available items through the (productId, status, id) index
// (lib/stock/available-order.ts). Each engine's planner is asked for its plan on a table
// where another product's items come first, as in a shop that has sold for a while: walking
// the primary key past them, or sorting the product's items, is the regression this catches.
import { describe, expect, it } from "vitest";
import { db, makeProduct } from "../support/fixtures";
import { isPostgres } from "@/lib/env";
import { Prisma } from "@/lib/generated/sqlite/client";
import { availableInOrder } from "@/lib/stock/available-order";

/** `count` items for a product in one statement (the test's table must be large to tempt a planner). */
async function addItems(productId: string, count: number, status: string) {
  await db.$executeRaw`
    INSERT INTO "stock_items" ("productId", "content", "contentHash", "status")
    WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ${count})
    SELECT ${productId}, 'plan-' || n, ${productId} || '-' || n, ${status} FROM g`;
}

/** PostgreSQL's plan for a statement prepared with placeholders, as the generic plan it may keep for a named statement. */
async function genericPlan(sql: Prisma.Sql): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL plan_cache_mode = force_generic_plan`);
    await tx.$executeRawUnsafe(`PREPARE generic_probe AS ${sql.text}`);
    const values = sql.values.map((value) => `'${String(value).replaceAll("'", "''")}'`).join(", ");
    const [row] = await tx.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) EXECUTE generic_probe(${values})`);
    await tx.$executeRawUnsafe(`DEALLOCATE generic_probe`);
    return JSON.stringify(row!["QUERY PLAN"]);
  });
}

describe("a product's available items", () => {
  it("are read through the (productId, status, id) index, in order, without a sort, on fresh statistics", async () => {
    const before = await makeProduct({ stock: 0, listed: false });
    const product = await makeProduct({ stock: 0, listed: false });
    // As many items sold before the product's as it has available: proportions at which
    // PostgreSQL 15 walks the primary key for the plain `= ... ORDER BY "id"` form.
    await addItems(before.id, 20_000, "sold");
    await addItems(product.id, 20_000, "available");
    await db.$executeRawUnsafe(isPostgres ? `ANALYZE "stock_items"` : `ANALYZE`);

    const available = availableInOrder(product.id);
    const select = Prisma.sql`SELECT "id" FROM "stock_items" WHERE ${available.where} ORDER BY ${available.orderBy} LIMIT 1`;
    if (isPostgres) {
      const [row] = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>`EXPLAIN (FORMAT JSON) ${select} FOR UPDATE SKIP LOCKED`;
      const plan = JSON.stringify(row!["QUERY PLAN"]);
      expect(plan).toContain(`"Index Name":"stock_items_productId_status_id_idx"`);
      expect(plan).not.toContain(`"Index Name":"stock_items_pkey"`);
      expect(plan).not.toContain(`"Node Type":"Sort"`);
      // The order path sends it as a named statement (lib/db/statement-names.ts), for which the
      // server may keep a generic plan, made without the product's id: it must take the index too.
      const generic = await genericPlan(Prisma.sql`${select} FOR UPDATE SKIP LOCKED`);
      expect(generic).toContain(`"Index Name":"stock_items_productId_status_id_idx"`);
      expect(generic).not.toContain(`"Index Name":"stock_items_pkey"`);
      expect(generic).not.toContain(`"Node Type":"Sort"`);
    } else {
      const steps = (await db.$queryRaw<{ detail: string }[]>`EXPLAIN QUERY PLAN ${select}`).map((step) => step.detail);
      expect(steps.join("\n")).toContain("stock_items_productId_status_id_idx");
      expect(steps.join("\n")).not.toContain("TEMP B-TREE");
    }
    const [first] = await db.$queryRaw<{ id: number }[]>(select);
    const oldest = await db.stockItem.findFirstOrThrow({ where: { productId: product.id, status: "available" }, orderBy: { id: "asc" } });
    expect(Number(first!.id)).toBe(oldest.id);
  });
});
