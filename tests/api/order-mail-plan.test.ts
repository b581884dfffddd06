// An order page reads its order's first mail through the outbox's unique dedupe key
// (lib/mail/order-mail-state.ts), also when the statistics were taken while the outbox held
// one mail and it has since grown to thousands: the regression this catches is a plan that
// scans the whole outbox at every order page (SQLite's, with `IN (?, ?) ORDER BY "createdAt"`,
// which the bench met at 11 ms a page).
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres } from "@/lib/env";
import { sqlitePath } from "@/lib/db/sqlite-path";
import { numberedPlaceholders } from "@/lib/db/numbered-placeholders";
import { ORDER_MAIL_SQL, orderMailKeys } from "@/lib/mail/order-mail-state";
import { ownDatabase } from "../support/own-database";

const GROWN = 5_000;

// `count` mails in one statement, each an order's own (the keys the order pages ask for).
const insertMails = (placeholder: (n: number) => string) => `
  INSERT INTO "mail_outbox" ("id", "dedupeKey", "kind", "locale", "toAddress", "subject", "content", "status",
    "nextAttemptAt", "deadlineAt", "createdAt")
  WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ${placeholder(1)})
  SELECT ${placeholder(2)} || '-' || n, 'order_created:' || ${placeholder(2)} || '-' || n, 'order_created', 'en',
    'buyer-' || n || '@example.com', 'Your order', 'sealed', 'sent', ${placeholder(3)}, ${placeholder(3)}, ${placeholder(3)}
  FROM g`;

let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await ownDatabase("mailplan"));
}, 60_000);
afterAll(() => drop());

describe("an order page's mail state", () => {
  it("reads the dedupe key's index on statistics taken when the outbox held one mail", async () => {
    const now = new Date();
    const keys = orderMailKeys("grown-77");
    if (isPostgres) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const insert = insertMails((n) => `$${n}::${n === 1 ? "int" : n === 3 ? "timestamp" : "text"}`);
        const at = now.toISOString().replace("Z", "");
        await client.query(insert, [1, "early", at]);
        await client.query(`ANALYZE "mail_outbox"`);
        await client.query(insert, [GROWN, "grown", at]);
        const [row] = (await client.query(`EXPLAIN (FORMAT JSON) ${numberedPlaceholders(ORDER_MAIL_SQL)}`, keys)).rows as {
          "QUERY PLAN": unknown;
        }[];
        const plan = JSON.stringify(row!["QUERY PLAN"]);
        expect(plan).toContain(`"Index Name":"mail_outbox_dedupeKey_key"`);
        expect(plan).not.toContain(`"Seq Scan"`);
        expect(plan).not.toContain(`"Index Name":"mail_outbox_createdAt_idx"`);
        // And it answers: the mail of the order asked for.
        const answer = await client.query(numberedPlaceholders(ORDER_MAIL_SQL), keys);
        expect(answer.rows).toEqual([expect.objectContaining({ toAddress: "buyer-77@example.com", status: "sent" })]);
      } finally {
        await client.end();
      }
    } else {
      const file = new Database(sqlitePath(url));
      try {
        const insert = file.prepare(insertMails((n) => `@p${n}`));
        const at = now.toISOString().replace("Z", "+00:00");
        insert.run({ p1: 1, p2: "early", p3: at });
        file.exec("ANALYZE");
        insert.run({ p1: GROWN, p2: "grown", p3: at });
        const steps = file.prepare(`EXPLAIN QUERY PLAN ${ORDER_MAIL_SQL}`).all(...keys) as { detail: string }[];
        const plan = steps.map((step) => step.detail).join("\n");
        expect(plan).toContain("mail_outbox_dedupeKey_key");
        expect(plan).not.toMatch(/SCAN mail_outbox(?! USING INDEX mail_outbox_dedupeKey_key)/);
        expect(plan).not.toContain("mail_outbox_createdAt_idx");
        expect(file.prepare(ORDER_MAIL_SQL).all(...keys)).toEqual([
          expect.objectContaining({ toAddress: "buyer-77@example.com", status: "sent" }),
        ]);
      } finally {
        file.close();
      }
    }
  });
});
