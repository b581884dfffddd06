// SQLite in WAL mode appends each commit's pages to the -wal file; a checkpoint copies them
// back into the database file and syncs it. By default the commit that takes the WAL past
// 1,000 pages runs that checkpoint itself, on its caller's thread: an order, every few dozen,
// paid for copying and syncing everyone's pages while its request and every other one waited.
// (`npm run bench:statements`, 2026-12-04, three alternating pairs: a balance order took 1.29-1.62
// ms and 0.99-1.25 ms of the main thread's CPU with SQLite's own checkpoints, 1.01-1.22 ms and
// 0.89-1.09 ms with this worker; a guest crypto order 1.57-2.07 / 1.27-1.66 against
// 1.28-1.37 / 1.18-1.27.)
//
// So the app's connections (`walCheckpointPragma`) leave the WAL alone up to a far larger size,
// and a worker thread with its own connection checkpoints every CHECKPOINT_EVERY_MS, in
// PASSIVE mode: it copies what no reader still needs and never waits for or blocks a reader or
// a writer. The WAL starts over from its beginning once everything in it has been copied, so it
// stays about as large as the pages written between two checkpoints. Should the worker stop
// (or fall behind), the larger limit still makes commits checkpoint as before, so the WAL
// stays bounded. A checkpoint does not change what a commit guarantees: with
// `synchronous = NORMAL` (better-sqlite3's default in WAL mode) a commit is safe from a crash
// of the process at once, and from a power cut after the next checkpoint's sync.
import { Worker } from "node:worker_threads";
import { sqlitePath } from "./sqlite-path";

/** How often the worker copies the WAL back into the database file. */
export const CHECKPOINT_EVERY_MS = 200;
/** Where commits take the checkpoint back: 10,000 pages, about 40 MB of WAL (SQLite's default is 1,000). */
export const FALLBACK_CHECKPOINT_PAGES = 10_000;

/** For each connection the app opens on the file: commits checkpoint only past the fallback size. */
export const walCheckpointPragma = `wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`;

// Plain CommonJS run by the worker (eval'd, so the bundler leaves it alone); better-sqlite3 is
// loaded from node_modules as the app loads it (next.config.ts keeps it out of the bundle).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const connection = new Database(workerData.file);
let reported = false;
const checkpoint = () => {
  const startedAt = Date.now();
  try {
    const [result] = connection.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ result, startedAt });
    reported = false;
  } catch (error) {
    // Another instance's checkpoint or a locked file: the next turn tries again.
    if (!reported) parentPort.postMessage({ error: String(error && error.message || error) });
    reported = true;
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  connection.close();
  parentPort.close();
});
`;

export type CheckpointResult = { busy: number; log: number; checkpointed: number };

export type WalCheckpointer = {
  /** Resolves with the answer of the first checkpoint that starts after this call (the tests wait on it). */
  next(): Promise<CheckpointResult>;
  stop(): Promise<void>;
};

/** Starts the worker for the SQLite file at `file` (an absolute path). */
export function startWalCheckpointer(file: string, everyMs = CHECKPOINT_EVERY_MS): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, everyMs } });
  let waiting: { after: number; resolve: (result: CheckpointResult) => void }[] = [];
  worker.on("message", (message: { result?: CheckpointResult; startedAt?: number; error?: string }) => {
    if (message.error) console.error(`[stockline] WAL checkpoint failed (retried every ${everyMs} ms): ${message.error}`);
    const { result, startedAt = 0 } = message;
    if (!result) return;
    // Answers queue up while this thread is busy: only a turn begun after the call counts.
    const due = waiting.filter((waiter) => startedAt > waiter.after);
    waiting = waiting.filter((waiter) => startedAt <= waiter.after);
    for (const waiter of due) waiter.resolve(result);
  });
  worker.on("error", (error) =>
    console.error("[stockline] the WAL checkpointer stopped; commits checkpoint the WAL themselves past its fallback size", error),
  );
  // The server's lifetime decides, not this thread: a script that is done exits (after the
  // listeners, which would hold the process again).
  worker.unref();
  return {
    next: () => new Promise((resolve) => waiting.push({ after: Date.now(), resolve })),
    async stop() {
      waiting = [];
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("stop");
      await exited;
    },
  };
}

const shared = globalThis as unknown as { stocklineWalCheckpointer?: WalCheckpointer };

/**
 * Once per process, for the database at `databaseUrl` when it is a SQLite file (nothing for
 * PostgreSQL): the server's start-up (instrumentation.ts) and `npm run bench:statements`.
 */
export function startSharedWalCheckpointer(databaseUrl: string): void {
  if (!databaseUrl.startsWith("file:")) return;
  shared.stocklineWalCheckpointer ??= startWalCheckpointer(sqlitePath(databaseUrl));
}
