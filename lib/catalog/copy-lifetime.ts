// How long a copy of the catalogue is served before the next read (lib/catalog/catalog.ts).
// `CATALOG_CACHE_MS` is the floor. Making a copy counts the available stock items, which in a
// shop with 1,000,000 items took 130 ms here (SQLite, then on the request thread), so remaking
// it every second cost the catalogue routes about a quarter of their throughput in the bench.
// (The count now runs off the event loop, lib/db/off-thread-read.ts, but it still takes a core
// for that long, on a machine the shop shares with its database and its clients.)
// A copy therefore lives at least LIFETIME_PER_LOAD times as long as the last one took to make,
// so making copies takes at most about 5 % of the time, and never more than MAX_LIFETIME_MS,
// so changes made by other instances still show within seconds. This instance's own stock
// changes drop the copy at once, whatever its lifetime.
const LIFETIME_PER_LOAD = 20;
const MAX_LIFETIME_MS = 10_000;

/** 0 when caching is off (`CATALOG_CACHE_MS=0`); otherwise the configured time, stretched for slow copies. */
export function catalogCopyLifetime(configuredMs: number, lastLoadMs: number): number {
  if (configuredMs === 0) return 0;
  return Math.max(configuredMs, Math.min(MAX_LIFETIME_MS, LIFETIME_PER_LOAD * lastLoadMs));
}
