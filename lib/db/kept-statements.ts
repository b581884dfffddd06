import "server-only";
// A connection of its own to the SQLite file whose prepared statements are kept for reuse
// (compiled once per SQL text). The hot reads (./sqlite-reader.ts), the order path's
// transaction (./hot-transaction.ts) and the status worker (lib/orders/status-worker.ts) each
// have one. Integers come back as bigints.
import Database from "better-sqlite3";
import { env } from "../env";
import { sqlitePath } from "./sqlite-path";
import { walCheckpointPragma } from "./wal-checkpointer";

/** `readOnly`: the connection refuses to write (`query_only`), for a reader that never should (the status worker). */
export function keptStatements(options: { readOnly?: boolean } = {}): (sql: string) => Database.Statement {
  let connection: Database.Database | undefined;
  const kept = new Map<string, Database.Statement>();
  return (sql) => {
    if (!connection) {
      connection = new Database(sqlitePath(env.DATABASE_URL), { timeout: 10_000 }).defaultSafeIntegers(true);
      // Reading beside the writer without waiting for it, and seeing only committed rows, is
      // WAL mode's promise: the migration sets it on the file (lib/db/migrate.ts), checked here.
      const mode = connection.pragma("journal_mode", { simple: true });
      if (mode !== "wal")
        throw new Error(`the SQLite file is in ${String(mode)} journal mode, not WAL: run the migrations (npm run db:migrate)`);
      connection.pragma(walCheckpointPragma);
      if (options.readOnly) connection.pragma("query_only = ON");
    }
    let statement = kept.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      kept.set(sql, statement);
    }
    return statement;
  };
}

/** A date as Prisma writes it into SQLite (text), for a hand-written statement's parameter. */
export const sqliteTimestamp = (date: Date): string => date.toISOString().replace("Z", "+00:00");
