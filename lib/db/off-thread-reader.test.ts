import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startOffThreadReader, type OffThreadReader } from "./off-thread-reader";
import { WORKER_STOPPED } from "./worker-calls";

const dirs: string[] = [];
const readers: OffThreadReader[] = [];

afterEach(async () => {
  await Promise.all(readers.splice(0).map((reader) => reader.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A WAL database with a few items, and a reader on it. */
function shop() {
  const dir = mkdtempSync(path.join(tmpdir(), "stockline-reader-"));
  dirs.push(dir);
  const file = path.join(dir, "shop.db");
  const connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  connection.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, product TEXT NOT NULL, status TEXT NOT NULL)");
  const insert = connection.prepare("INSERT INTO item (product, status) VALUES (?, ?)");
  for (const [product, status, count] of [
    ["a", "available", 3],
    ["a", "sold", 2],
    ["b", "available", 1],
  ] as const)
    for (let i = 0; i < count; i++) insert.run(product, status);
  const reader = startOffThreadReader(file);
  readers.push(reader);
  return { connection, reader };
}

const COUNTS = "SELECT product, COUNT(*) AS n FROM item WHERE status = ? GROUP BY product ORDER BY product";

describe("off-thread reader", () => {
  it("answers what the file holds, committed rows only, as the app's own connection would", async () => {
    const { connection, reader } = shop();
    expect(await reader.read(COUNTS, ["available"])).toEqual(connection.prepare(COUNTS).all("available"));
    expect(await reader.read(COUNTS, ["available"])).toEqual([
      { product: "a", n: 3 },
      { product: "b", n: 1 },
    ]);
    // A write still open on another connection is not seen; once committed, it is.
    connection.exec("BEGIN");
    connection.prepare("INSERT INTO item (product, status) VALUES ('b', 'available')").run();
    expect(await reader.read(COUNTS, ["available"])).toContainEqual({ product: "b", n: 1 });
    connection.exec("COMMIT");
    expect(await reader.read(COUNTS, ["available"])).toContainEqual({ product: "b", n: 2 });
  });

  it("refuses to write, answers a bad statement with SQLite's error, and keeps answering", async () => {
    const { reader } = shop();
    await expect(reader.read("DELETE FROM item RETURNING id", [])).rejects.toThrow(/readonly|query_only|attempt to write/i);
    await expect(reader.read("SELECT missing_column FROM item", [])).rejects.toThrow(/no such column/);
    // The driver's fields cross with the message.
    await expect(reader.read("SELECT missing_column FROM item", [])).rejects.toMatchObject({ code: "SQLITE_ERROR" });
    expect(await reader.read("SELECT COUNT(*) AS n FROM item", [])).toEqual([{ n: 6 }]);
  });

  it("leaves the caller's thread free while a long read runs", async () => {
    const { reader } = shop();
    const events: string[] = [];
    const slow = reader
      .read("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT COUNT(*) AS n FROM c", [2_000_000])
      .then((rows) => {
        events.push("read");
        return rows;
      });
    // On the caller's thread the statement would hold the event loop until it ended, and the
    // timer would fire after it; here it fires while the read is still under way.
    await new Promise((resolve) => setTimeout(resolve, 5));
    events.push("timer");
    expect(await slow).toEqual([{ n: 2_000_000 }]);
    expect(events).toEqual(["timer", "read"]);
  });

  it("rejects reads once stopped, so its caller can read on its own thread instead", async () => {
    const { reader } = shop();
    await reader.stop();
    await expect(reader.read(COUNTS, ["available"])).rejects.toThrow(WORKER_STOPPED);
  });
});
