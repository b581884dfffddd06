// A migrated database of a test's own, for tests that ask the planner: the shared test
// database's statistics are whatever the other tests made of it. On PostgreSQL a database
// beside the shared one, on SQLite a file beside it; `drop` removes it.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";
import { isPostgres } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";
import { sqlitePath } from "@/lib/db/sqlite-path";

export async function ownDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const suffix = `${label}_${randomBytes(4).toString("hex")}`;
  let url: string;
  let drop: () => Promise<void>;
  if (isPostgres) {
    const shared = new URL(process.env.DATABASE_URL!);
    const name = `${shared.pathname.slice(1)}_${suffix}`;
    const admin = new pg.Client({ connectionString: shared.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const own = new URL(shared);
    own.pathname = `/${name}`;
    url = own.toString();
    drop = async () => {
      const client = new pg.Client({ connectionString: shared.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    url = `file:./data/test/${suffix}.db`;
    drop = async () => {
      for (const end of ["", "-wal", "-shm"]) rmSync(`${sqlitePath(url)}${end}`, { force: true });
    };
  }
  await migrate(url);
  return { url, drop };
}
