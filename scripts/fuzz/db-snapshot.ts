// The database, table by table, as a row count and a digest of every row: two snapshots
// differ exactly where a request wrote something.
import { createHash } from "node:crypto";
import type { Db } from "../../lib/db";

export type Snapshot = Map<string, { rows: number; digest: string }>;

// Written by refused requests on purpose, or by the server's own clock: rate-limit counters
// (a refused sign-in still counts), the background jobs' leases and the chain watchers' own
// state (their cursor and their provider's health, which no request writes).
export const IGNORED_TABLES = new Set(["rate_limits", "job_leases", "chain_watchers", "_prisma_migrations"]);

const plain = (_key: string, value: unknown) =>
  typeof value === "bigint" ? `${value}n` : value instanceof Uint8Array ? Buffer.from(value).toString("hex") : value;

async function tableNames(db: Db, postgres: boolean): Promise<string[]> {
  const rows = postgres
    ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()`)
    : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  return rows
    .map((row) => row.name)
    .filter((name) => !IGNORED_TABLES.has(name))
    .sort();
}

export async function takeSnapshot(db: Db, postgres: boolean): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const table of await tableNames(db, postgres)) {
    if (postgres) {
      // PostgreSQL digests its rows itself (each row's text form, sorted) rather than sending
      // every row of every table through Prisma: the fuzz file took 113 s of the PostgreSQL API
      // suite (2026-12-06), and 44 s with this and each batch's "after" taken as the next one's
      // "before" (scripts/fuzz/runner.ts).
      const [digest] = await db.$queryRawUnsafe<{ rows: number; digest: string | null }[]>(
        `SELECT count(*)::int AS "rows", md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS "digest" FROM "${table}" t`,
      );
      snapshot.set(table, { rows: digest!.rows, digest: digest!.digest ?? "" });
      continue;
    }
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    const lines = rows.map((row) => JSON.stringify(row, plain)).sort();
    snapshot.set(table, { rows: rows.length, digest: createHash("sha256").update(lines.join("\n")).digest("hex") });
  }
  return snapshot;
}

/** The tables whose rows differ, as "table (rows before -> after)". */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((name) => before.get(name)?.digest !== after.get(name)?.digest)
    .map((name) => `${name} (${before.get(name)?.rows ?? 0} -> ${after.get(name)?.rows ?? 0} rows)`);
}
