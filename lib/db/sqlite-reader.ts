import "server-only";
import Database from "better-sqlite3";
import { env } from "../env";
import { sqlitePath } from "./sqlite-path";

// The hottest reads on SQLite (status polling, bearer tokens) skip Prisma: a second
// connection to the same file with prepared statements kept for reuse. In WAL mode it sees
// only committed rows and never waits for the writer. Measured by `npm run bench`: a
// Prisma raw query costs about 0.1 ms here, a kept statement a tenth of that.
let connection: Database.Database | undefined;
const statements = new Map<string, Database.Statement>();

export function sqliteRead<Row>(sql: string, params: unknown[]): Row[] {
  connection ??= new Database(sqlitePath(env.DATABASE_URL), { timeout: 10_000 }).defaultSafeIntegers(true);
  let statement = statements.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    statements.set(sql, statement);
  }
  return statement.all(...params) as Row[];
}
