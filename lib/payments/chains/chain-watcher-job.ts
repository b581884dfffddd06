import "server-only";
import { db } from "../../db";
import type { BackgroundJob } from "../../jobs/background-jobs";
import type { Chain } from "../crypto/coins";
import { ProviderError } from "./http-json";

export type Poll<Cursor> = (cursor: Cursor | null) => Promise<Cursor>;

const MAX_BACKOFF_MS = 5 * 60_000;

/** A provider failing for longer than this is shown as degraded (GET /api/health, one log line). */
export const degradedAfterMs = (everyMs: number) => Math.max(4 * everyMs, 2_000);

/**
 * A chain's watcher as a background job: one instance at a time holds its lease and polls.
 * The cursor lives in chain_watchers, read before and written after each poll, so a new
 * holder (after a restart or a crash) carries on where the last one got to; a poll cut
 * short is simply done again, and its transfers are applied once by their unique keys.
 * Provider errors back off exponentially (or as long as a 429's Retry-After says) and,
 * after a while, mark the chain degraded: said once in the log, not once per poll.
 */
export function chainWatcherJob<Cursor>(chain: Chain, everyMs: number, poll: Poll<Cursor>): BackgroundJob {
  let failures = 0;
  let waitUntil = 0;
  let announced = false;
  return {
    name: `chain-watcher:${chain}`,
    everyMs,
    run: async () => {
      if (Date.now() < waitUntil) return;
      const state = await db.chainWatcher.findUnique({ where: { chain } });
      try {
        const cursor = await poll(state ? (JSON.parse(state.cursor) as Cursor) : null);
        const data = { cursor: JSON.stringify(cursor), failingSince: null, lastError: null, lastOkAt: new Date() };
        await db.chainWatcher.upsert({ where: { chain }, create: { chain, ...data }, update: data });
        failures = 0;
        if (announced) console.log(`[stockline] ${chain} watcher recovered`);
        announced = false;
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        failures += 1;
        const backoff = Math.min(MAX_BACKOFF_MS, everyMs * 2 ** Math.min(failures, 5));
        waitUntil = Date.now() + Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000);
        const failingSince = state?.failingSince ?? new Date();
        const data = { failingSince, lastError: error.message.slice(0, 500) };
        await db.chainWatcher.upsert({ where: { chain }, create: { chain, ...data }, update: data });
        if (!announced && Date.now() - failingSince.getTime() >= degradedAfterMs(everyMs)) {
          announced = true;
          console.warn(
            `[stockline] ${chain} watcher degraded: its provider has failed since ${failingSince.toISOString()} (${error.message})`,
          );
        }
      }
    },
  };
}
