// How long an outbox (mail, webhooks) waits before its next try: `baseMs` after the first
// failure, doubling per failure, never more than `maxMs`; with `spread`, each wait is moved
// by up to ±spread of itself so that many retries do not arrive in lockstep.
export function retryBackoffMs(attempts: number, options: { baseMs: number; maxMs: number; spread?: number; random?: number }): number {
  const wait = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempts - 1));
  if (!options.spread) return wait;
  const random = options.random ?? Math.random();
  return Math.round(wait * (1 - options.spread + random * 2 * options.spread));
}
