// The hot reads on PostgreSQL (lib/db/sqlite-reader.ts's callers: bearer tokens, the product
// an order is for, the crypto allocation's second look; the status poll's when the status
// worker, lib/orders/status-worker.ts, is not there to answer it whole) run on
// a worker thread with a small pool of its own. A request thread is what bounds an
// instance's throughput (the framework's own work takes most of it), and pg's side of one
// read cost that thread about 70 µs here: the socket write, parsing the answer, a parser per
// column built at every execution, the promises. A message to a worker and its answer cost
// it about 5 µs (a throwaway script outside the framework; about 25 µs in the server's
// profile), and the worker's core is otherwise idle. A/B on the bench's status poll (2,000
// orders, 2 runs each, 2026-12-06): 0.67x -> 0.75x of the ceiling, 670-690 -> 825-828 req/s.
// On SQLite the same move (a temporary build, not kept) did not pay: the kept statement
// answers on the request thread in about as long as the message takes, so reads there stay.
//
// The worker's connections read committed rows only, as the pool's do, and answer in the
// shop's types (the same parsers as lib/db/postgres-values.ts's reads, lib/db/pg-type-parsers.ts;
// tests/api/hot-reads.test.ts checks both paths' answers against Prisma's). Rows cross as structured clones: dates, bigints and NULLs arrive as
// they left.
import { Worker } from "node:worker_threads";
import { WORKER_ERROR_SOURCE, workerCalls } from "./worker-calls";
import { processWorker } from "./process-worker";
import { TYPE_PARSERS_SOURCE } from "./pg-type-parsers";

/** How the worker's connections show in pg_stat_activity. */
export const READ_WORKER_APPLICATION_NAME = "stockline hot reads";
// A hot read is one short statement: four connections keep up with a request thread's polls.
const CONNECTIONS = 4;

// Plain CommonJS run by the worker (eval'd, so the bundler leaves it alone); pg is loaded from
// node_modules as the app loads it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const pg = require("pg");
${WORKER_ERROR_SOURCE}
${TYPE_PARSERS_SOURCE}
const types = {
  getTypeParser: (oid, format) =>
    oid === TIMESTAMP_OID ? parseUtcTimestamp
    : oid === INT8_OID ? parseInt8
    : pg.types.getTypeParser(oid, format),
};
const pool = new pg.Pool({ connectionString: workerData.url, max: workerData.connections, application_name: workerData.applicationName });
// An idle connection the server closed leaves the pool; the next read opens another.
pool.on("error", () => undefined);
parentPort.on("message", ({ id, name, text, values }) => {
  pool.query({ name, text, values, types }).then(
    (answer) => parentPort.postMessage({ id, rows: answer.rows }),
    (error) => parentPort.postMessage({ id, error: workerError(error) }),
  );
});
`;

/** A read as lib/db/hot-transaction.ts sends it: a statement (named, unless past the names kept) with `$n` placeholders and values in pg's form. */
export type PostgresRead = { name?: string; text: string; values: unknown[] };

export type PostgresReadWorker = {
  read(query: PostgresRead): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
};

/** A worker reading from the database at `url`; once stopped, reads fail with WORKER_STOPPED. */
export function startPostgresReadWorker(url: string): PostgresReadWorker {
  const workerData = { url, connections: CONNECTIONS, applicationName: READ_WORKER_APPLICATION_NAME };
  const calls = workerCalls(new Worker(WORKER_SOURCE, { eval: true, workerData }));
  return { read: ({ name, text, values }) => calls.call({ name, text, values }), stop: calls.stop };
}

const readWorker = processWorker(
  { key: "stocklinePostgresReadWorker", name: "read worker", fallback: "hot reads go to the shared pool" },
  (url: string) => startPostgresReadWorker(url),
);

/** The process's worker, started on first use; null when it could not start or has stopped. */
export const sharedPostgresReadWorker = (url: string): PostgresReadWorker | null => readWorker.get(url);

/** After the worker stopped: reads go to the shared pool for the rest of the process's life. */
export const forgetPostgresReadWorker = (): void => readWorker.forget();
