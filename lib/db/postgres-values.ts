// How the shop's own pg statements write values and read answers, wherever they run with pg
// itself: the order transaction and the hot reads (./hot-transaction.ts) and the status worker
// (lib/orders/status-worker.ts). Rows look as Prisma's raw queries give them, whichever path
// wrote or read them. (The read worker, ./postgres-read-worker.ts, is eval'd source and takes
// the same parsers as text: ./pg-type-parsers.ts.)
import pg from "pg";
import { statementName } from "./statement-names";
import { INT8_OID, parseInt8, parseUtcTimestamp, TIMESTAMP_OID } from "./pg-type-parsers";

// Prisma keeps DateTime as `timestamp(3)` holding UTC: written as UTC text, whatever the process's zone.
export function postgresValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "");
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** Read back the same way: a `timestamp` column holds UTC. */
export const timestampTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

// A hot read's rows as Prisma's raw queries give them (lib/db/sqlite-reader.ts was written
// against those): bigint columns and counts as BigInt, timestamps as UTC Dates.
const readTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID ? parseInt8 : timestampTypes.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** A read with `$n` placeholders as a named statement, its values and answer in the shop's types. */
export const postgresReadQuery = (sql: string, params: unknown[]): pg.QueryConfig & { name?: string; text: string; values: unknown[] } => ({
  name: statementName(sql),
  text: sql,
  values: params.map(postgresValue),
  types: readTypes,
});
