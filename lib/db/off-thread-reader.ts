// A worker thread with a connection of its own to a SQLite file, answering read-only
// statements: lib/db/off-thread-read.ts sends it the reads too long for the event loop.
import { Worker } from "node:worker_threads";
import { WORKER_ERROR_SOURCE, workerCalls } from "./worker-calls";

// Plain CommonJS run by the worker (eval'd, so the bundler leaves it alone); better-sqlite3 is
// loaded from node_modules as the app loads it (next.config.ts keeps it out of the bundle).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
${WORKER_ERROR_SOURCE}
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
    parentPort.postMessage({ id, error: workerError(error) });
  }
});
`;

export type OffThreadReader = {
  read(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
};

/** A worker with its own connection to the SQLite file at `file` (an absolute path); once stopped, reads fail with WORKER_STOPPED. */
export function startOffThreadReader(file: string): OffThreadReader {
  const calls = workerCalls(new Worker(WORKER_SOURCE, { eval: true, workerData: { file } }));
  return { read: (sql, params) => calls.call({ sql, params }), stop: calls.stop };
}
