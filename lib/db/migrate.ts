// Applies the SQL migrations of the active provider and records them in a
// `_prisma_migrations` table shaped like Prisma's own, so `prisma migrate status` agrees.
// Prisma's wasm migrate engine cannot talk to PostgreSQL (an open Prisma bug), hence this
// small runner; it serves SQLite too, so both engines start the same way.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { sqlitePath } from "./sqlite-path";
import { isPostgresUrl } from "./database-url";

export type MigrationResult = { applied: string[]; alreadyApplied: number };

const LOCK_ID = 7_342_001; // pg advisory lock: one instance migrates at a time

function migrationsDir(isPostgres: boolean): string {
  return path.resolve(isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations");
}

function readMigrations(dir: string): { name: string; sql: string; checksum: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function migrate(databaseUrl: string): Promise<MigrationResult> {
  const isPostgres = isPostgresUrl(databaseUrl);
  const migrations = readMigrations(migrationsDir(isPostgres));
  return isPostgres ? migratePostgres(databaseUrl, migrations) : migrateSqlite(databaseUrl, migrations);
}

type Migration = ReturnType<typeof readMigrations>[number];

function migrateSqlite(url: string, migrations: Migration[]): MigrationResult {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 10_000 });
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const done = new Map(
      (
        sqlite.prepare(`SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL`).all() as {
          migration_name: string;
          checksum: string;
        }[]
      ).map((row) => [row.migration_name, row.checksum]),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (checkApplied(done, migration)) continue;
      const apply = sqlite.transaction(() => {
        sqlite.exec(migration.sql);
        sqlite
          .prepare(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
             VALUES (?, ?, ?, ?, 1, ?)`,
          )
          .run(randomUUID(), migration.checksum, Date.now(), migration.name, Date.now());
      });
      apply.immediate();
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    sqlite.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const rows = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
    );
    const done = new Map(rows.rows.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (checkApplied(done, migration)) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

/** True when already applied; an applied migration whose file changed is an error. */
function checkApplied(done: Map<string, string>, migration: Migration): boolean {
  const checksum = done.get(migration.name);
  if (checksum === undefined) return false;
  if (checksum !== migration.checksum) {
    throw new Error(`migration ${migration.name} was changed after it was applied; add a new migration instead`);
  }
  return true;
}
