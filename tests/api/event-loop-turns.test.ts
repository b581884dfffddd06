// A long run of work on the database leaves the event loop its turns, so the instance keeps
// answering requests meanwhile. On SQLite every statement answers synchronously and the
// promises over it resolve as microtasks: before lib/db/event-loop-slices.ts, the sweeper's
// first run over 28,566 overdue orders kept GET /api/health waiting 72 s. On PostgreSQL the
// driver's I/O gives the loop its turns anyway; the test holds both engines to it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, makeProduct } from "../support/fixtures";
import { expireOrder } from "@/lib/orders/expire-orders";
import { hashToken } from "@/lib/crypto/tokens";
import { importStock } from "@/lib/stock/import-stock";

/** Records the event loop's turns (a timer's ticks) until stopped: how many, and the longest wait between two. */
function watchLoopTurns() {
  let turns = 0;
  let last = performance.now();
  let longestGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    turns++;
  }, 1);
  return () => {
    clearInterval(timer);
    return { turns, longestGap: Math.max(longestGap, performance.now() - last) };
  };
}

describe("long work on the database", () => {
  it("leaves the event loop its turns: 600 orders expired one after another, as the sweeper does", async () => {
    const product = await makeProduct({ stock: 0 });
    // Due in 2100 and expired as of 2100-01-02: the shop's own sweeper (the test server's) leaves them alone.
    const expiresAt = new Date("2100-01-01T00:00:00Z");
    const ids = Array.from({ length: 600 }, () => randomUUID());
    await db.order.createMany({
      data: ids.map((id) => ({
        id,
        orderNo: `GS${randomUUID().replaceAll("-", "").slice(0, 14).toUpperCase()}`,
        productId: product.id,
        quantity: 1,
        unitPriceFen: 100n,
        discountFen: 0n,
        amountFen: 100n,
        currency: "CNY",
        paymentMethod: "crypto",
        contactEmail: "sweep@example.com",
        delimiter: "----",
        accessTokenHash: hashToken(randomUUID()),
        status: "pending",
        expiresAt,
      })),
    });

    const stop = watchLoopTurns();
    const started = performance.now();
    let expired = 0;
    for (const id of ids) if (await expireOrder(id, new Date("2100-01-02T00:00:00Z"))) expired++;
    const took = performance.now() - started;
    const { turns, longestGap } = stop();

    expect(expired).toBe(600);
    expect(await db.order.count({ where: { id: { in: ids }, status: "expired" } })).toBe(600);
    // Long enough that a sweep holding the loop throughout would show as one gap as long as itself.
    expect(took).toBeGreaterThan(200);
    expect(turns).toBeGreaterThan(3);
    expect(longestGap).toBeLessThan(Math.min(500, took / 4));
  });

  it("leaves the event loop its turns: a 20,000-line stock import", async () => {
    const product = await makeProduct({ stock: 0 });
    const lines = Array.from({ length: 20_000 }, (_, i) => `turns-${i}@example.com----${randomUUID()}`);

    const stop = watchLoopTurns();
    const started = performance.now();
    const result = await importStock(product.id, lines);
    const took = performance.now() - started;
    const { turns, longestGap } = stop();

    expect(result).toEqual({ added: 20_000, duplicates: 0, blank: 0 });
    // Hashed, sealed and (on SQLite, where each insert holds the thread) inserted in pieces: in
    // one go, the whole import was one wait. Measured: SQLite 109 of 545 ms (565 of 567 in one
    // go); PostgreSQL 260 of 1,003 ms, Prisma building one 20,000-row insert.
    expect(took).toBeGreaterThan(200);
    expect(turns).toBeGreaterThan(3);
    expect(longestGap).toBeLessThan(took / 2);
  });
});
