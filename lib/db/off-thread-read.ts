import "server-only";
// A read too long for the event loop, on SQLite, runs on a worker thread with a connection of
// its own. better-sqlite3 runs each statement synchronously on its caller's thread, so the
// catalogue's stock count (every available item of the shop, about 130 ms with 1,000,000
// items here) held up every request of the process while it ran: with a copy of the catalogue
// made every couple of seconds, about 5 % of the catalogue routes' throughput in `npm run
// bench`. On PostgreSQL the database already does the work in its own process: the read goes
// to the pool, in one backend (no parallel workers: lib/db/hot-transaction.ts).
//
// The worker's connection is read-only (`query_only`) and, in WAL mode, sees only committed
// rows, as every other connection to the file does. Should the worker fail, reads run on this
// thread again, as before.
import { env, isPostgres } from "../env";
import { hotRead } from "./sqlite-reader";
import { sqlitePath } from "./sqlite-path";
import { recordStatement } from "./statement-count";
import { postgresSerialRead } from "./hot-transaction";
import { numberedPlaceholders } from "./numbered-placeholders";
import { startOffThreadReader, type OffThreadReader } from "./off-thread-reader";
import { isWorkerStopped } from "./worker-calls";
import { processWorker } from "./process-worker";

const reader = processWorker(
  { key: "stocklineOffThreadReader", name: "off-thread reader", fallback: "slow reads run on the request thread" },
  (): OffThreadReader => startOffThreadReader(sqlitePath(env.DATABASE_URL)),
);

/**
 * A read written once with `?` placeholders, off the event loop: on SQLite in the shared
 * worker, on PostgreSQL through the pool. `fromRow` turns a row into the caller's type (the
 * worker's integers are plain numbers; PostgreSQL's bigints arrive as text).
 */
export async function offThreadRead<Row>(sql: string, params: unknown[], fromRow: (row: Record<string, unknown>) => Row): Promise<Row[]> {
  if (isPostgres) return (await postgresSerialRead<Record<string, unknown>>(numberedPlaceholders(sql), params)).map(fromRow);
  const worker = reader.get();
  if (worker) {
    recordStatement(sql);
    try {
      return (await worker.read(sql, params)).map(fromRow);
    } catch (error) {
      // The statement itself failing is an answer; only a worker gone for good falls back.
      if (!isWorkerStopped(error)) throw error;
      reader.forget();
    }
  }
  return hotRead(sql, params, fromRow);
}
