// Another process holding SQLite's write lock past the busy timeout makes a transaction's
// BEGIN IMMEDIATE fail (lib/db/serialized-sqlite.ts). That one transaction fails; the next
// ones, once the lock is free, must run. Prisma's adapter takes a lock of its own before its
// BEGIN and kept it when the BEGIN failed: from then every transaction of the process waited
// for ever (a CI run of 2026-12-06 hung on it). A SQLite file of its own, with a short busy
// timeout, so the test runs whichever engine the rest of the suite uses.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { sqlitePath } from "@/lib/db/sqlite-path";
import { serializedSqlite } from "@/lib/db/serialized-sqlite";
import { PrismaClient } from "@/lib/generated/sqlite/client";

const url = `file:./data/test/busy-${randomUUID().slice(0, 8)}.db`;
const file = sqlitePath(url);
let client: PrismaClient;
// Another process's connection, as far as SQLite's locks go.
let other: Database.Database;

beforeAll(async () => {
  await migrate(url);
  client = new PrismaClient({ adapter: serializedSqlite(new PrismaBetterSQLite3({ url: file, timeout: 100 })) });
  other = new Database(file);
}, 60_000);

afterAll(async () => {
  await client?.$disconnect();
  other?.close();
  for (const end of ["", "-wal", "-shm"]) rmSync(`${file}${end}`, { force: true });
});

/** `work`'s outcome, or "still waiting" after `ms`: a transaction that never starts must fail the test, not hang it. */
const within = <T>(work: Promise<T>, ms = 5_000) =>
  Promise.race([work, new Promise<"still waiting">((resolve) => setTimeout(() => resolve("still waiting"), ms))]);

const addSetting = (key: string) => client.$transaction((tx) => tx.setting.create({ data: { key, value: "v" } }), { maxWait: 3_000 });

describe("a transaction whose BEGIN finds the write lock held by another process", () => {
  it("fails alone: once the lock is free the next transactions and statements run", async () => {
    other.prepare("BEGIN IMMEDIATE").run();
    const refused = await within(
      addSetting(`busy-${randomUUID()}`).then(
        () => "ran",
        (error: Error) => error.message,
      ),
    );
    // The adapter reports SQLITE_BUSY as a timeout.
    expect(refused).toMatch(/timed out|locked|busy/i);
    other.prepare("ROLLBACK").run();

    const key = `after-${randomUUID()}`;
    expect(await within(addSetting(key).then(() => "ran"))).toBe("ran");
    expect(await within(addSetting(`again-${randomUUID()}`).then(() => "ran"))).toBe("ran");
    expect(await within(client.setting.count({ where: { key } }))).toBe(1);
  });

  it("a statement refused inside a transaction rolls it back and frees its turn", async () => {
    const key = `dup-${randomUUID()}`;
    await addSetting(key);
    const refused = await within(
      addSetting(key).then(
        () => "ran",
        (error: Error) => error.constructor.name,
      ),
    );
    expect(refused).not.toBe("ran");
    expect(refused).not.toBe("still waiting");
    expect(await within(addSetting(`next-${randomUUID()}`).then(() => "ran"))).toBe("ran");
  });
  it("a ROLLBACK that fails (the transaction already ended under it) still frees the turn", async () => {
    // SQLite ends a transaction by itself after some failures; Prisma's ROLLBACK then fails and,
    // before the fix, nothing gave the turn back.
    const ended = client.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: `ended-${randomUUID()}`, value: "v" } });
      await tx.$executeRawUnsafe("ROLLBACK");
      throw new Error("give up");
    });
    expect(
      await within(
        ended.then(
          () => "ran",
          () => "refused",
        ),
      ),
    ).toBe("refused");
    expect(await within(addSetting(`after-rollback-${randomUUID()}`).then(() => "ran"))).toBe("ran");
  });
});
