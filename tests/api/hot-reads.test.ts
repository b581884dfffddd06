// The hot reads (the status poll, bearer tokens, the product for sale...; lib/db/sqlite-reader.ts):
// on SQLite on the request thread's kept connection, on PostgreSQL on the read worker's own
// connections (lib/db/postgres-read-worker.ts), or the shared pool once the worker has
// stopped. Whichever path: committed rows only, in the types Prisma gives, the driver's errors.
import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/fixtures";
import { env, isPostgres } from "@/lib/env";
import { transaction } from "@/lib/db";
import { hotRead, hotReadNow } from "@/lib/db/sqlite-reader";
import { sqliteDate, sqliteDateOrNull } from "@/lib/db/sqlite-values";
import { READ_WORKER_APPLICATION_NAME, sharedPostgresReadWorker } from "@/lib/db/postgres-read-worker";

const USER = `SELECT "id", "email", "balanceFen", "createdAt", "disabledAt", "sessionVersion" FROM "users" WHERE "id" = ?`;
const fromSqlite = (row: Record<string, unknown>) => ({
  id: String(row.id),
  email: String(row.email),
  balanceFen: row.balanceFen as bigint,
  createdAt: sqliteDate(row.createdAt),
  disabledAt: sqliteDateOrNull(row.disabledAt),
  sessionVersion: Number(row.sessionVersion),
});
const readUser = async (id: string) => (await hotRead(USER, [id], fromSqlite))[0];
/** The same row as Prisma reads it: what a hot read must answer, on either path. */
const prismaUser = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, balanceFen: true, createdAt: true, disabledAt: true, sessionVersion: true },
  });
const APPLICATION_NAME = `SELECT current_setting('application_name') AS "name"`;

describe("hot reads", () => {
  it("answer a row in the types Prisma gives it: bigints past 2^53, UTC dates, NULLs", async () => {
    const user = await makeUser({ balanceFen: 9_007_199_254_740_993n });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date("2026-01-02T03:04:05.678Z") } });
    const expected = await prismaUser(user.id);
    expect(expected.balanceFen).toBe(9_007_199_254_740_993n);
    expect(await readUser(user.id)).toEqual(expected);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect(await readUser(user.id)).toEqual({ ...expected, disabledAt: null });
  });

  it("see committed rows only", async () => {
    const user = await makeUser();
    await transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionVersion: 7 } });
      expect((await readUser(user.id))?.sessionVersion).toBe(0);
    });
    expect((await readUser(user.id))?.sessionVersion).toBe(7);
  });

  it("fail with the driver's own error and keep answering", async () => {
    const failure = hotRead(`SELECT "missing" FROM "users"`, [], (row) => row);
    await expect(failure).rejects.toMatchObject(isPostgres ? { code: "42703" } : { code: "SQLITE_ERROR" });
    await expect(failure).rejects.toThrow(/missing/);
    const user = await makeUser();
    expect((await readUser(user.id))?.id).toBe(user.id);
  });

  // Last: on PostgreSQL it stops this process's worker.
  it("run on SQLite at once on the request thread; on PostgreSQL on the worker's connections, then on the pool once it stopped", async () => {
    if (!isPostgres) {
      // No promise: the kept statement answers synchronously.
      const rows = hotReadNow(`SELECT 'sqlite' AS "name"`, [], (row) => row);
      expect(rows).toEqual([{ name: "sqlite" }]);
      return;
    }
    const onWorker = await hotRead(APPLICATION_NAME, [], (row) => row as { name: string });
    expect(onWorker).toEqual([{ name: READ_WORKER_APPLICATION_NAME }]);
    const [onPool] = await db.$queryRawUnsafe<{ name: string }[]>(APPLICATION_NAME);
    expect(onPool!.name).not.toBe(READ_WORKER_APPLICATION_NAME);

    await sharedPostgresReadWorker(env.DATABASE_URL)!.stop();
    // The pool's answer has the shop's types too (its parsers are the worker's, written twice).
    const user = await makeUser({ balanceFen: 9_007_199_254_740_993n });
    expect(await readUser(user.id)).toEqual(await prismaUser(user.id));
    expect(await hotRead(APPLICATION_NAME, [], (row) => row as { name: string })).toEqual([onPool]);
  });
});
