import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { FALLBACK_CHECKPOINT_PAGES, startWalCheckpointer, walCheckpointPragma, type WalCheckpointer } from "./wal-checkpointer";

const PAGE = 4096;
const dirs: string[] = [];
const stops: WalCheckpointer[] = [];

afterEach(async () => {
  await Promise.all(stops.splice(0).map((checkpointer) => checkpointer.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A WAL database with the app's connection settings and a table of page-sized rows. */
function appConnection() {
  const dir = mkdtempSync(path.join(tmpdir(), "stockline-wal-"));
  dirs.push(dir);
  const file = path.join(dir, "shop.db");
  const connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  connection.pragma(walCheckpointPragma);
  connection.exec("CREATE TABLE line (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
  const insert = connection.prepare("INSERT INTO line (body) VALUES (?)");
  /** `count` commits of one page-sized row each. */
  const write = (count: number) => {
    for (let i = 0; i < count; i++) insert.run(Buffer.alloc(PAGE - 200, i % 251));
  };
  const sizes = () => ({ database: statSync(file).size, wal: statSync(`${file}-wal`).size });
  return { file, connection, write, sizes };
}

describe("WAL checkpointer", () => {
  it("leaves the WAL to the worker: commits below the fallback size copy nothing into the database file", () => {
    const shop = appConnection();
    shop.write(400);
    expect(400).toBeLessThan(FALLBACK_CHECKPOINT_PAGES);
    // SQLite's default (1,000 pages) would not have checkpointed yet either; the larger limit
    // is what the connection reports.
    expect(shop.connection.pragma("wal_autocheckpoint", { simple: true })).toBe(FALLBACK_CHECKPOINT_PAGES);
    expect(shop.sizes().database).toBeLessThan(10 * PAGE);
    expect(shop.sizes().wal).toBeGreaterThan(400 * PAGE);
    shop.connection.close();
  });

  it("copies committed pages into the database file from its own thread, and the WAL starts over instead of growing", async () => {
    const shop = appConnection();
    shop.write(400);
    const checkpointer = startWalCheckpointer(shop.file, 20);
    stops.push(checkpointer);
    const result = await checkpointer.next();
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThan(400);
    expect(result.checkpointed).toBe(result.log);
    expect(shop.sizes().database).toBeGreaterThan(400 * PAGE);
    const walAfterFirst = shop.sizes().wal;

    // Everything was copied, so the next commits write the WAL from its beginning again: as
    // many pages as before (give or take a tree page), not twice as many.
    shop.write(400);
    await checkpointer.next();
    expect(shop.sizes().wal).toBeLessThan(walAfterFirst * 1.1);
    expect(shop.sizes().database).toBeGreaterThan(800 * PAGE);
    expect(shop.connection.prepare("SELECT count(*) FROM line").pluck().get()).toBe(800);
    shop.connection.close();
  });

  it("never waits for a reader: a long read keeps its snapshot and the checkpoint copies what it can", async () => {
    const shop = appConnection();
    shop.write(100);
    const reader = new Database(shop.file);
    reader.exec("BEGIN");
    expect(reader.prepare("SELECT count(*) FROM line").pluck().get()).toBe(100);
    shop.write(100);
    const checkpointer = startWalCheckpointer(shop.file, 20);
    stops.push(checkpointer);
    const result = await checkpointer.next();
    // Pages the reader's snapshot may still need stay in the WAL; the rest are copied.
    expect(result.checkpointed).toBeGreaterThan(0);
    expect(result.checkpointed).toBeLessThan(result.log);
    expect(reader.prepare("SELECT count(*) FROM line").pluck().get()).toBe(100);
    reader.exec("COMMIT");
    const after = await checkpointer.next();
    expect(after.checkpointed).toBe(after.log);
    reader.close();
    shop.connection.close();
  });
});
