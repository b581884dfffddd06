// Helpers for the crypto tests: an app instance whose watchers poll local fake providers,
// waiting (bounded) for what the watchers do, and putting the shared receiving-address
// table back as the other test files expect it.
import { db } from "./fixtures";
import { startServer, type RunningServer } from "./server";

/** Starts an instance with the given crypto configuration and fast polling, after clearing the named chains' cursors. */
export async function startCryptoServer(env: Record<string, string>, chains: string[]): Promise<RunningServer> {
  await db.chainWatcher.deleteMany({ where: { chain: { in: chains } } });
  await db.jobLease.deleteMany({ where: { name: { in: chains.map((chain) => `chain-watcher:${chain}`) } } });
  return startServer({ CRYPTO_POLL_SECONDS: "0.3", ...env });
}

/** Waits until `check` answers something truthy (polling every 100 ms), or fails after `ms`. */
export async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The receiving-address rows as they were, so an instance's RECEIVE_* sync does not leak into
 * later files. The named coins' other addresses (earlier files', the demo's) are switched off
 * meanwhile, so orders go to this file's addresses only.
 */
export async function snapshotAddresses(coins: string[] = []) {
  const rows = await db.paymentAddress.findMany({ select: { id: true, active: true } });
  await db.paymentAddress.updateMany({ where: { coin: { in: coins } }, data: { active: false } });
  return async () => {
    await db.paymentAddress.updateMany({ where: { source: "env" }, data: { active: false } });
    for (const row of rows) await db.paymentAddress.update({ where: { id: row.id }, data: { active: row.active } });
  };
}

export const orderRow = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
