// A long read (the catalogue's stock count) off the request path: on SQLite in the worker
// thread, on PostgreSQL in one backend, without the parallel workers that would take the
// requests' CPU (lib/db/off-thread-read.ts, lib/db/hot-transaction.ts).
import { describe, expect, it } from "vitest";
import { db, makeProduct } from "../support/fixtures";
import { isPostgres } from "@/lib/env";
import { offThreadRead } from "@/lib/db/off-thread-read";
import { hotRead } from "@/lib/db/sqlite-reader";

describe("a long read", () => {
  it("answers what the database holds, on both engines", async () => {
    const product = await makeProduct({ stock: 3 });
    const [row] = await offThreadRead(
      `SELECT COUNT(*) AS "available" FROM "stock_items" WHERE "productId" = ? AND "status" = ?`,
      [product.id, "available"],
      (row) => Number(row.available),
    );
    expect(row).toBe(3);
    expect(await db.stockItem.count({ where: { productId: product.id, status: "available" } })).toBe(3);
  });

  it("runs away from the requests: on SQLite in the worker's read-only connection, on PostgreSQL without parallel workers", async () => {
    if (isPostgres) {
      const setting = `SELECT current_setting('max_parallel_workers_per_gather') AS "workers"`;
      const [inRead] = await offThreadRead(setting, [], (row) => String(row.workers));
      expect(inRead).toBe("0");
      // SET LOCAL ends with the read's transaction: every connection the pool hands out next
      // (twelve at once, past the pool's ten) still has the server's setting.
      const after = await Promise.all(Array.from({ length: 12 }, () => db.$queryRawUnsafe<{ workers: string }[]>(setting)));
      const [server] = await db.$queryRawUnsafe<{ workers: string }[]>(setting);
      expect(server!.workers).not.toBe("0");
      expect(new Set(after.flat().map((row) => row.workers))).toEqual(new Set([server!.workers]));
    } else {
      const queryOnly = `SELECT "query_only" FROM pragma_query_only()`;
      expect(await offThreadRead(queryOnly, [], (row) => Number(row.query_only))).toEqual([1]);
      // The request path's own connection writes.
      expect(await hotRead(queryOnly, [], (row) => Number(row.query_only))).toEqual([0]);
    }
  });
});
