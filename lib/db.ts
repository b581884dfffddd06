// The Prisma client, one per process. Both generated clients are bundled; DATABASE_URL's
// scheme picks one at run time, so the same build serves SQLite and PostgreSQL.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { env, isPostgres } from "./env";
import { sqlitePath } from "./db/sqlite-path";
import { serializedSqlite } from "./db/serialized-sqlite";
import { countingAdapter, countingStatements } from "./db/statement-count";
import { shareHotPool } from "./db/hot-transaction";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";

export type Db = InstanceType<typeof SqliteClient>;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type AdapterFactory = SqlMigrationAwareDriverAdapterFactory;

/** A client for DATABASE_URL; `observe` may wrap its adapter (the bench's statement counter does). */
export function createDb(observe: (factory: AdapterFactory) => AdapterFactory = (factory) => factory): Db {
  if (isPostgres) {
    // One pool for Prisma and the order path's own transactions (lib/db/hot-transaction.ts).
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
    shareHotPool(pool);
    const adapter = observe(new PrismaPg(pool, { disposeExternalPool: true }));
    // The two clients are generated from one schema; only the provider differs.
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqlitePath(env.DATABASE_URL);
  mkdirSync(path.dirname(file), { recursive: true });
  const adapter = observe(serializedSqlite(new PrismaBetterSQLite3({ url: file, timeout: 10_000 })));
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { stocklineDb?: Db };

export const db: Db = globalForDb.stocklineDb ?? createDb(countingStatements ? countingAdapter : undefined);
globalForDb.stocklineDb = db;

/** Interactive transaction with limits that suit short, guarded write sequences. */
export function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
}
