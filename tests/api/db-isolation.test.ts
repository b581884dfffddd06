// Statements outside a transaction see and write only committed state, whatever other
// transaction is open at the time (Prisma's SQLite adapter shares one connection; see
// lib/db/serialized-sqlite.ts). Runs on both engines like the rest of the suite.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../support/fixtures";

describe("isolation between a transaction and statements outside it", () => {
  it("a write made outside survives the rollback of a transaction open at the same time", async () => {
    const inside = `iso-in-${randomUUID()}`;
    const outside = `iso-out-${randomUUID()}`;
    let entered!: () => void;
    const open = new Promise<void>((resolve) => (entered = resolve));
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.setting.create({ data: { key: inside, value: "uncommitted" } });
        entered();
        await new Promise((resolve) => setTimeout(resolve, 200));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);

    await open;
    const [write, read] = await Promise.all([
      db.setting.create({ data: { key: outside, value: "committed" } }),
      db.setting.findUnique({ where: { key: inside } }),
    ]);
    expect(write.key).toBe(outside);
    expect(read).toBeNull();
    expect(await rolledBack).toBe("roll back");
    expect(await db.setting.findUnique({ where: { key: outside } })).toMatchObject({ value: "committed" });
    expect(await db.setting.findUnique({ where: { key: inside } })).toBeNull();
  });
});

// Another process sharing the database (a second instance, a CLI) commits while one of ours
// has read and not yet written. On SQLite a transaction that began deferred would then be
// refused its write (SQLITE_BUSY_SNAPSHOT) and the request would fail; it must wait instead.
const otherProcessWrite = `
const [url, key] = process.argv.slice(1);
if (/^postgres/.test(url)) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  client.connect()
    .then(() => client.query('INSERT INTO "settings" ("key", "value") VALUES ($1, $2)', [key, "other"]))
    .then(() => client.end());
} else {
  const Database = require("better-sqlite3");
  const file = require("node:path").resolve(url.replace(/^file:/, "").replace(/\\?.*$/, ""));
  new Database(file, { timeout: 10000 })
    .prepare('INSERT INTO "settings" ("key", "value") VALUES (?, ?)')
    .run(key, "other");
}
`;

describe("a transaction and another process writing at the same time", () => {
  it("a transaction that read before another process committed still writes", async () => {
    const ours = `iso-ours-${randomUUID()}`;
    const theirs = `iso-theirs-${randomUUID()}`;
    let other!: Promise<number | null>;
    await db.$transaction(async (tx) => {
      await tx.setting.findUnique({ where: { key: theirs } });
      other = new Promise((resolve) => {
        const child = spawn(process.execPath, ["-e", otherProcessWrite, process.env.DATABASE_URL!, theirs], { stdio: "inherit" });
        child.on("exit", resolve);
      });
      // Give the other process time to commit, if the database lets it, before we write.
      await Promise.race([other, new Promise((resolve) => setTimeout(resolve, 1_500))]);
      await tx.setting.create({ data: { key: ours, value: "ours" } });
    });
    expect(await other).toBe(0);
    expect(await db.setting.findUnique({ where: { key: ours } })).toMatchObject({ value: "ours" });
    expect(await db.setting.findUnique({ where: { key: theirs } })).toMatchObject({ value: "other" });
  });
});
