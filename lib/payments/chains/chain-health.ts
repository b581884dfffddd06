import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { degradedAfterMs } from "./chain-watcher-job";

export type ChainHealth = { chain: string; status: "ok" | "degraded"; failing_since: string | null; last_ok_at: string | null };

let cache: { at: number; chains: ChainHealth[] } | undefined;
let reading: Promise<ChainHealth[]> | undefined;
const TTL_MS = 2_000;

/**
 * The watched chains as GET /api/health shows them: degraded when the provider has failed
 * for a while (whichever instance polls it). Read at most every 2 s per instance, so the
 * health answer stays nearly free; one read at a time (under load every request that found
 * the copy old started its own, all of them in flight at once).
 */
export async function chainHealth(now = Date.now()): Promise<ChainHealth[]> {
  if (cache && now - cache.at < TTL_MS) return cache.chains;
  reading ??= readChains(now).finally(() => {
    reading = undefined;
  });
  return reading;
}

async function readChains(now: number): Promise<ChainHealth[]> {
  const everyMs = Math.round((env.CRYPTO_POLL_SECONDS || 15) * 1000);
  const rows = await db.chainWatcher.findMany({ orderBy: { chain: "asc" } });
  const chains = rows.map((row) => ({
    chain: row.chain,
    status: row.failingSince && now - row.failingSince.getTime() >= degradedAfterMs(everyMs) ? ("degraded" as const) : ("ok" as const),
    failing_since: row.failingSince?.toISOString() ?? null,
    last_ok_at: row.lastOkAt?.toISOString() ?? null,
  }));
  cache = { at: now, chains };
  return chains;
}
