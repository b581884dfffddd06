// A buyer's open unpaid orders are counted through the scope's own index
// (lib/orders/unpaid-order-limits.ts), also when the statistics saw no pending order and a
// burst has since made thousands: the regression this catches is a plan that filters every
// pending order of the shop for each new one. The shared test database's statistics are what
// the other tests made of it, so this test migrates a database of its own.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres } from "@/lib/env";
import { sqlitePath } from "@/lib/db/sqlite-path";
import { hashClientIp, unpaidOrderCounts } from "@/lib/orders/unpaid-order-limits";
import { ownDatabase } from "../support/own-database";

const HISTORY = 20_000;
const BURST = 5_000;
const buyer = { userId: null, clientIpHash: hashClientIp("10.9.9.9"), contactEmail: "plan-buyer@example.com" };

// `count` orders of the product in one statement: the status, and each order's own client
// address and email (as 20,000 different buyers would have).
const insertOrders = (placeholder: (n: number) => string) => `
  INSERT INTO "orders" ("id", "orderNo", "productId", "quantity", "unitPriceFen", "discountFen", "amountFen", "currency",
    "paymentMethod", "contactEmail", "delimiter", "accessTokenHash", "status", "expiresAt", "createdAt", "clientIpHash")
  WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ${placeholder(1)})
  SELECT ${placeholder(2)} || '-' || n, ${placeholder(2)} || '-' || n, 'plan-product', 1, 100, 0, 100, 'CNY', 'crypto',
    'buyer-' || n || '@example.com', '----', 'hash', ${placeholder(3)}, ${placeholder(4)}, ${placeholder(4)}, 'ip-' || ${placeholder(2)} || '-' || n
  FROM g`;

let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await ownDatabase("plan"));
}, 60_000);
afterAll(() => drop());

describe("counting a buyer's open unpaid orders", () => {
  it("reads the scope's index on statistics that saw no pending order, during a burst of them", async () => {
    const now = new Date();
    const counts = unpaidOrderCounts(buyer, now);
    if (isPostgres) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const at = (date: Date) => date.toISOString().replace("Z", "");
        await client.query(
          `INSERT INTO "products" ("id", "slug", "nameZh", "nameEn", "priceFen", "updatedAt") VALUES ('plan-product', 'plan', '计划', 'Plan', 100, now())`,
        );
        const insert = insertOrders((n) => `$${n}::${n === 1 ? "int" : n === 4 ? "timestamp" : "text"}`);
        await client.query(insert, [HISTORY, "done", "completed", at(new Date(now.getTime() - 86_400_000))]);
        await client.query(`ANALYZE "orders"`);
        // The burst, not yet in the statistics (autovacuum would take a while to see it).
        await client.query(insert, [BURST, "open", "pending", at(new Date(now.getTime() + 900_000))]);
        const values = counts.values.map((value) => (value instanceof Date ? at(value) : value));
        const [row] = (await client.query(`EXPLAIN (FORMAT JSON) ${counts.text}`, values)).rows as { "QUERY PLAN": unknown }[];
        const plan = JSON.stringify(row!["QUERY PLAN"]);
        expect(plan).toContain(`"Index Name":"orders_clientIpHash_status_expiresAt_idx"`);
        expect(plan).toContain(`"Index Name":"orders_contactEmail_status_expiresAt_idx"`);
        expect(plan).not.toContain(`"Index Name":"orders_status_createdAt_idx"`);
        expect(plan).not.toContain(`"Index Name":"orders_status_expiresAt_idx"`);
        expect(plan).not.toContain(`"Seq Scan"`);
      } finally {
        await client.end();
      }
    } else {
      const file = new Database(sqlitePath(url));
      try {
        const at = (date: Date) => date.toISOString().replace("Z", "+00:00");
        file
          .prepare(
            `INSERT INTO "products" ("id", "slug", "nameZh", "nameEn", "priceFen", "updatedAt") VALUES ('plan-product', 'plan', '计划', 'Plan', 100, ?)`,
          )
          .run(at(now));
        const insert = file.prepare(insertOrders((n) => `@p${n}`));
        insert.run({ p1: HISTORY, p2: "done", p3: "completed", p4: at(new Date(now.getTime() - 86_400_000)) });
        file.exec("ANALYZE");
        insert.run({ p1: BURST, p2: "open", p3: "pending", p4: at(new Date(now.getTime() + 900_000)) });
        const steps = file
          .prepare(`EXPLAIN QUERY PLAN ${counts.sql}`)
          .all(...counts.values.map((value) => (value instanceof Date ? at(value) : value))) as { detail: string }[];
        const plan = steps.map((step) => step.detail).join("\n");
        expect(plan).toContain("orders_clientIpHash_status_expiresAt_idx");
        expect(plan).toContain("orders_contactEmail_status_expiresAt_idx");
        expect(plan).not.toContain("orders_status_createdAt_idx");
        expect(plan).not.toContain("SCAN orders");
      } finally {
        file.close();
      }
    }
  });
});
