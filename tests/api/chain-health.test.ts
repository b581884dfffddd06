// The chains' health as GET /api/health shows it comes from a 2 s per-process copy, made by one
// read at a time however many requests find it old (lib/payments/chains/chain-health.ts,
// lib/cache/kept-copy.ts).
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../support/fixtures";
import { chainHealth } from "@/lib/payments/chains/chain-health";

describe("chainHealth", () => {
  afterEach(() => vi.useRealTimers());

  it("shares one read between the requests that find the copy old, and reads again once it is", async () => {
    const chain = `health-${randomUUID()}`;
    const okAt = new Date("2026-01-02T03:04:05.000Z");
    await db.chainWatcher.create({ data: { chain, lastOkAt: okAt } });
    // A minute on, whatever copy an earlier test left is old (only Date is moved: the database driver keeps its timers).
    const now = Date.now() + 60_000;
    vi.useFakeTimers({ toFake: ["Date"], now });

    // Every call starts while no copy is fresh: with a read each, each would get its own array.
    const answers = await Promise.all(Array.from({ length: 20 }, () => chainHealth()));
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContainEqual({ chain, status: "ok", failing_since: null, last_ok_at: okAt.toISOString() });

    // Within 2 s the copy answers as it is; after that a new read shows the change.
    const failingSince = new Date(now - 24 * 3600_000);
    await db.chainWatcher.update({ where: { chain }, data: { failingSince } });
    vi.setSystemTime(now + 1_999);
    expect(await chainHealth()).toBe(answers[0]);
    vi.setSystemTime(now + 2_000);
    const later = await chainHealth();
    expect(later).not.toBe(answers[0]);
    expect(later).toContainEqual({ chain, status: "degraded", failing_since: failingSince.toISOString(), last_ok_at: okAt.toISOString() });
    await db.chainWatcher.delete({ where: { chain } });
  });
});
