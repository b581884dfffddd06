// A worker thread with a connection of its own to a SQLite file, answering read-only
// statements: lib/db/off-thread-read.ts sends it the reads too long for the event loop.
import { Worker } from "node:worker_threads";

// Plain CommonJS run by the worker (eval'd, so the bundler leaves it alone); better-sqlite3 is
// loaded from node_modules as the app loads it (next.config.ts keeps it out of the bundle).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const connection = new Database(workerData.file, { timeout: 10000 });
connection.pragma("query_only = ON");
const kept = new Map();
parentPort.on("message", ({ id, sql, params }) => {
  try {
    let statement = kept.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      kept.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

/** The error of every read once the worker is gone: the caller reads on its own thread instead. */
export const OFF_THREAD_READER_STOPPED = "the off-thread reader stopped";

type Answer = { id: number; rows?: Record<string, unknown>[]; error?: string };
type Pending = { resolve: (rows: Record<string, unknown>[]) => void; reject: (error: Error) => void };

export type OffThreadReader = {
  read(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
};

/** A worker with its own connection to the SQLite file at `file` (an absolute path). */
export function startOffThreadReader(file: string): OffThreadReader {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  // Held only while a read is under way: an idle worker never keeps a finished script alive.
  worker.unref();
  const settle = (id: number) => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return waiter;
  };
  worker.on("message", ({ id, rows, error }: Answer) => {
    const waiter = settle(id);
    if (error !== undefined) waiter?.reject(new Error(error));
    else waiter?.resolve(rows ?? []);
  });
  const failAll = (error: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(error);
  };
  let stopped = false;
  worker.on("error", failAll);
  worker.on("exit", () => {
    stopped = true;
    failAll(new Error(OFF_THREAD_READER_STOPPED));
  });
  return {
    read(sql, params) {
      if (stopped) return Promise.reject(new Error(OFF_THREAD_READER_STOPPED));
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, sql, params });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
