import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { degradedAfterMs } from "./chain-watcher-job";
import { keptCopy } from "../../cache/kept-copy";

export type ChainHealth = { chain: string; status: "ok" | "degraded"; failing_since: string | null; last_ok_at: string | null };

/**
 * The watched chains as GET /api/health shows them: degraded when the provider has failed
 * for a while (whichever instance polls it). Read at most every 2 s per instance, one read at
 * a time, so the health answer stays nearly free.
 */
const health = keptCopy(readChains, { lifetimeMs: 2_000 });

export const chainHealth = (): Promise<ChainHealth[]> => health.read();

async function readChains(): Promise<ChainHealth[]> {
  const now = Date.now();
  const everyMs = Math.round((env.CRYPTO_POLL_SECONDS || 15) * 1000);
  const rows = await db.chainWatcher.findMany({ orderBy: { chain: "asc" } });
  return rows.map((row) => ({
    chain: row.chain,
    status: row.failingSince && now - row.failingSince.getTime() >= degradedAfterMs(everyMs) ? ("degraded" as const) : ("ok" as const),
    failing_since: row.failingSince?.toISOString() ?? null,
    last_ok_at: row.lastOkAt?.toISOString() ?? null,
  }));
}
