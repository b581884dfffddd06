import "server-only";
// Creates the Prisma client first: on PostgreSQL it hands the hot reads its pool (their
// fallback should the read worker stop).
import "../db";
import { isPostgres } from "../env";
import { keptStatements } from "./kept-statements";
import { recordStatement } from "./statement-count";
import { postgresHotRead } from "./hot-transaction";
import { numberedPlaceholders } from "./numbered-placeholders";

// The hottest reads (status polling, bearer tokens, the product an order is for) skip
// Prisma's query engine. On SQLite they run on a second connection to the same file with
// prepared statements kept for reuse: in WAL mode it sees only committed rows and never
// waits for the writer. On PostgreSQL they go straight to the driver, on a worker thread's
// connections (lib/db/postgres-read-worker.ts). Measured by `npm run bench`: a Prisma raw
// query costs about 0.1 ms here, a kept statement a tenth.
const statement = keptStatements();

function sqliteRead(sql: string, params: unknown[]): Record<string, unknown>[] {
  recordStatement(sql);
  return statement(sql).all(...params) as Record<string, unknown>[];
}

/**
 * A hot read, written once with `?` placeholders. `fromSqlite` turns what better-sqlite3
 * gives (every integer a bigint, dates as Prisma's ISO text) into the row type that
 * PostgreSQL's answer already has.
 */
export async function hotRead<Row>(sql: string, params: unknown[], fromSqlite: (row: Record<string, unknown>) => Row): Promise<Row[]> {
  return hotReadNow(sql, params, fromSqlite);
}

/**
 * The same read, answered at once where it can be (SQLite's is synchronous) and as a promise
 * where it cannot (PostgreSQL). For the status poll, the hottest read: under the framework's
 * async hooks each promise and await costs a poll a few microseconds.
 */
export function hotReadNow<Row>(sql: string, params: unknown[], fromSqlite: (row: Record<string, unknown>) => Row): Row[] | Promise<Row[]> {
  if (!isPostgres) return sqliteRead(sql, params).map(fromSqlite);
  return postgresHotRead<Row>(numberedPlaceholders(sql), params);
}
