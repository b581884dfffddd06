// A fast sample of `npm run fuzz` (scripts/fuzz/): hostile input to every API route, next-auth,
// pages and server actions (signed out and signed in). No 5xx, every /api refusal in the
// contract's shape and listed in the OpenAPI document, and refused requests change no table.
import { describe, expect, inject, it } from "vitest";
import { db } from "../support/fixtures";
import { serverActionEntries } from "../support/server-actions";
import { isPostgres } from "@/lib/env";
import { fuzzContext, deadCredentials } from "../../scripts/fuzz/accounts";
import { baseCase, documentedBases, fuzzCases } from "../../scripts/fuzz/cases";
import { actionProbe } from "../../scripts/fuzz/action-cases";
import { changedTables, takeSnapshot } from "../../scripts/fuzz/db-snapshot";
import { acceptedRequests, answersWith, runFuzz } from "../../scripts/fuzz/runner";

// About 800 cases spread evenly over all of them: all kinds of input, most routes and every
// action, in a minute or two however many cases the full run grows to.
const SAMPLE_SIZE = 800;

/**
 * Pending orders and top-ups other files left behind expire on the server's clock (its sweeper
 * looks every second), and the sweeper's writes (the order, its items and coupon given back,
 * the top-up) would read as a refused request's. On a slow machine the suite reaches this file
 * after the first of them expire: each batch then looked changed, and naming the culprit case
 * by case ran the test past its timeout. They are held until `until` while the fuzz runs and
 * given back their own expiry after it.
 */
async function holdPendingExpiries(until: Date): Promise<() => Promise<void>> {
  const due = { status: "pending", expiresAt: { lt: until } };
  const orders = await db.order.findMany({ where: due, select: { id: true, expiresAt: true } });
  const topups = await db.topup.findMany({ where: due, select: { id: true, expiresAt: true } });
  await db.order.updateMany({ where: { id: { in: orders.map((order) => order.id) } }, data: { expiresAt: until } });
  await db.topup.updateMany({ where: { id: { in: topups.map((topup) => topup.id) } }, data: { expiresAt: until } });
  return async () => {
    await db.$transaction([
      ...orders.map(({ id, expiresAt }) => db.order.update({ where: { id }, data: { expiresAt } })),
      ...topups.map(({ id, expiresAt }) => db.topup.update({ where: { id }, data: { expiresAt } })),
    ]);
  };
}

describe("fuzzing (a sample of npm run fuzz)", () => {
  it("its snapshot names a table where a row came, went or changed one value", async () => {
    const slug = `snapshot-${Date.now()}`;
    const categories = (changes: string[]) => changes.filter((change) => change.startsWith("categories "));
    const empty = await takeSnapshot(db, isPostgres);
    const rows = empty.get("categories")!.rows;
    const category = await db.category.create({ data: { slug, nameZh: "快照", nameEn: "Snapshot" } });
    const added = await takeSnapshot(db, isPostgres);
    expect(categories(changedTables(empty, added))).toEqual([`categories (${rows} -> ${rows + 1} rows)`]);
    await db.category.update({ where: { id: category.id }, data: { sortOrder: 1 } });
    const changed = await takeSnapshot(db, isPostgres);
    expect(categories(changedTables(added, changed))).toEqual([`categories (${rows + 1} -> ${rows + 1} rows)`]);
    await db.category.delete({ where: { id: category.id } });
    expect(categories(changedTables(empty, await takeSnapshot(db, isPostgres)))).toEqual([]);
  });

  it(
    "answers every hostile request with a 4xx in the contract's shape, and refused requests write nothing",
    { timeout: 600_000 },
    async () => {
      const baseUrl = inject("baseUrl");
      const context = await fuzzContext(baseUrl, serverActionEntries());
      // A base the server accepted would write: its cases would prove nothing.
      const bases = documentedBases(context).map((base) => baseCase(base, "as it is", base.body));
      expect(await acceptedRequests(baseUrl, bases)).toEqual([]);
      // The action cases are encoded as React encodes an action's arguments, so they reach the action past its auth check.
      expect(await answersWith(baseUrl, actionProbe(context), '"fields":["to"]')).toBe(true);
      const cases = fuzzCases(context);
      const every = Math.ceil(cases.length / SAMPLE_SIZE);
      const sample = cases.filter((_, index) => index % every === 0);
      expect(sample.length).toBeGreaterThan(SAMPLE_SIZE * 0.9);
      const openapi = await (await fetch(`${baseUrl}/api/openapi.json`)).json();
      const release = await holdPendingExpiries(new Date(Date.now() + 60 * 60_000));
      const report = await runFuzz(sample, {
        baseUrl,
        // No pending order or top-up expires while the fuzz runs (held above), so the sweeper writes nothing mid-batch.
        snapshot: () => takeSnapshot(db, isPostgres),
        openapi,
        batchSize: 25,
      }).finally(release);
      expect(report.findings).toEqual([]);
      expect(report.sent).toBe(sample.length);
      expect(Object.keys(report.statuses).every((status) => Number(status) < 500)).toBe(true);
      // No case signed the fuzz's own accounts out or disabled them.
      expect(await deadCredentials(baseUrl, context)).toEqual([]);
    },
  );
});
