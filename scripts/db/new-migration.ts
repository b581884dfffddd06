// npm run db:new-migration -- <name>
// After editing prisma/schema.prisma: writes the SQL that takes the last migration's schema
// to the current one, for SQLite and for PostgreSQL, as migration NNNN_<name> of each. Each
// SQLite migration folder keeps a copy of the schema it leads to, which the next diff starts
// from. The PostgreSQL diff needs a reachable server (MIGRATION_POSTGRES_URL).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { derivePostgresSchema } from "./derive";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}
const postgresUrl = process.env.MIGRATION_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const folders = readdirSync("prisma/migrations")
  .filter((folder) => /^\d{4}_/.test(folder))
  .sort();
const last = folders.at(-1);
const previous = last ? path.join("prisma/migrations", last, "schema.prisma") : undefined;
if (previous && !existsSync(previous)) throw new Error(`${previous} is missing: it is the starting point of the diff`);

const work = mkdtempSync(path.join(tmpdir(), "stockline-migration-"));
const current = readFileSync("prisma/schema.prisma", "utf8");
const files = {
  sqliteFrom: previous,
  sqliteTo: "prisma/schema.prisma",
  postgresFrom: previous ? path.join(work, "from.prisma") : undefined,
  postgresTo: path.join(work, "to.prisma"),
};
if (previous) writeFileSync(files.postgresFrom!, derivePostgresSchema(readFileSync(previous, "utf8")));
writeFileSync(files.postgresTo, derivePostgresSchema(current));

function diff(from: string | undefined, to: string, databaseUrl: string): string {
  const args = [
    "prisma",
    "migrate",
    "diff",
    ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
    "--to-schema-datamodel",
    to,
    "--script",
  ];
  return execFileSync("npx", args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

const sqliteSql = diff(files.sqliteFrom, files.sqliteTo, "file:./data/migration-diff.db");
if (/^-- This is an empty migration\.\s*$/m.test(sqliteSql) || !sqliteSql.trim()) {
  console.log("prisma/schema.prisma has not changed since the last migration: nothing to write");
  process.exit(0);
}
const postgresSql = diff(files.postgresFrom, files.postgresTo, postgresUrl);

const folder = `${String(folders.length + 1).padStart(4, "0")}_${name}`;
for (const [dir, sql] of [
  [path.join("prisma/migrations", folder), sqliteSql],
  [path.join("prisma/postgresql/migrations", folder), postgresSql],
] as const) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
}
writeFileSync(path.join("prisma/migrations", folder, "schema.prisma"), current);
console.log(`wrote migration ${folder} for SQLite and PostgreSQL; review the SQL, then npm run db:migrate`);
