import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";

const dirs: string[] = [];
const databaseUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (databaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = databaseUrl;
  vi.resetModules();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** kept-statements over a fresh SQLite file in the given journal mode (its env read anew). */
async function keptStatementsOn(journalMode: "wal" | "delete", options: { readOnly?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "stockline-kept-"));
  dirs.push(dir);
  const file = path.join(dir, "shop.db");
  const setup = new Database(file);
  setup.pragma(`journal_mode = ${journalMode}`);
  setup.exec("CREATE TABLE t (n INTEGER)");
  setup.close();
  process.env.DATABASE_URL = `file:${file}`;
  vi.resetModules();
  return (await import("./kept-statements")).keptStatements(options);
}

describe("keptStatements", () => {
  it("reads a file in WAL mode", async () => {
    const statement = await keptStatementsOn("wal");
    expect(statement("SELECT count(*) AS n FROM t").get()).toEqual({ n: 0n });
  });

  it("refuses a file not in WAL mode, which it relies on to read beside the writer", async () => {
    const statement = await keptStatementsOn("delete");
    expect(() => statement("SELECT count(*) AS n FROM t")).toThrow(/delete journal mode, not WAL/);
  });

  it("writes, unless asked for a read-only connection", async () => {
    const writer = await keptStatementsOn("wal");
    expect(writer("INSERT INTO t (n) VALUES (1)").run().changes).toBe(1);
    const reader = await keptStatementsOn("wal", { readOnly: true });
    expect(() => reader("INSERT INTO t (n) VALUES (1)").run()).toThrow(/readonly/i);
    expect(reader("SELECT count(*) AS n FROM t").get()).toEqual({ n: 0n });
  });
});
