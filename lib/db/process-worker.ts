// A worker thread a process starts once, on first use, and gives up on for good once it failed
// to start or has stopped: its callers then do the work as they did before there was one (the
// status worker, the SQLite off-thread reader, PostgreSQL's read worker). Kept on globalThis:
// the server's route handlers and pages are separate bundles, each with its own copy of the
// module that asks.

export type ProcessWorker<T, Args extends unknown[]> = {
  /** The process's worker, started on first use; null when there is none (not started, failed, stopped). */
  get(...args: Args): T | null;
  /** After the worker stopped: the callers do the work themselves for the rest of the process's life. */
  forget(): void;
};

/**
 * `key` names the worker on globalThis; `name` and `fallback` make its two log lines ("no
 * <name>: <fallback>", "the <name> stopped: <fallback> again"). `start` may answer null when
 * the process is not to have one.
 */
export function processWorker<T, Args extends unknown[]>(
  options: { key: string; name: string; fallback: string },
  start: (...args: Args) => T | null,
): ProcessWorker<T, Args> {
  const holder = globalThis as unknown as Record<string, T | null | undefined>;
  return {
    get(...args) {
      if (holder[options.key] === undefined) {
        holder[options.key] = null;
        try {
          holder[options.key] = start(...args);
        } catch (error) {
          console.error(`[stockline] no ${options.name}: ${options.fallback}`, error);
        }
      }
      return holder[options.key] ?? null;
    },
    forget() {
      if (holder[options.key]) console.error(`[stockline] the ${options.name} stopped: ${options.fallback} again`);
      holder[options.key] = null;
    },
  };
}
