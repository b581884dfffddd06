// Calls to one of the database's worker threads (lib/db/off-thread-reader.ts on SQLite,
// lib/db/postgres-read-worker.ts on PostgreSQL): each message carries an id, and the worker
// answers it with `{ id, rows }` or `{ id, error }`. The bookkeeping both share.
import type { Worker } from "node:worker_threads";

/** The error of every call once the worker is gone: the caller reads on its own thread or pool instead. */
export const WORKER_STOPPED = "the database worker stopped";

/**
 * The error as a message can carry it (its message and the driver's fields, such as
 * PostgreSQL's `code`), so the caller's error has what the driver's own would. It must use
 * nothing outside itself: the eval'd workers take its source (below).
 */
export function workerError(error: unknown): Record<string, string | number> {
  const fields: Record<string, string | number> = { message: String((error as Error | null)?.message || error) };
  for (const [key, value] of Object.entries(error ?? {})) {
    if (typeof value === "string" || typeof value === "number") fields[key] = value;
  }
  return fields;
}

/** Plain JavaScript for an eval'd worker's source: `workerError(error)`, as above. */
export const WORKER_ERROR_SOURCE = `const workerError = ${workerError.toString()};`;

type Answer = { id: number; rows?: Record<string, unknown>[]; error?: { message: string } };
type Pending = { resolve: (rows: Record<string, unknown>[]) => void; reject: (error: Error) => void };

export type WorkerCalls = {
  /** Sends `message` (with an id added) and resolves with the rows the worker answers. */
  call(message: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
};

export function workerCalls(worker: Worker): WorkerCalls {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let stopped = false;
  // Held only while a call is under way: an idle worker never keeps a finished script alive.
  worker.unref();
  const settle = (id: number) => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return waiter;
  };
  worker.on("message", ({ id, rows, error }: Answer) => {
    const waiter = settle(id);
    if (error !== undefined) waiter?.reject(Object.assign(new Error(error.message), error));
    else waiter?.resolve(rows ?? []);
  });
  const failAll = (error: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(error);
  };
  worker.on("error", failAll);
  worker.on("exit", () => {
    stopped = true;
    failAll(new Error(WORKER_STOPPED));
  });
  return {
    call(message) {
      if (stopped) return Promise.reject(new Error(WORKER_STOPPED));
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ ...message, id });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** Whether `error` is a call's to a worker that has stopped (the caller falls back). */
export const isWorkerStopped = (error: unknown): boolean => error instanceof Error && error.message === WORKER_STOPPED;
