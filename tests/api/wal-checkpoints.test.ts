// On SQLite the server copies the WAL back into the database file from a worker thread
// (lib/db/wal-checkpointer.ts); the app's own commits leave it alone until the WAL is far
// larger than anything this test writes. So the database file itself changes after a write
// only if the server's worker is running. The test starts a server of its own on a SQLite
// file, so it runs whichever engine the rest of the suite uses.
import { randomUUID } from "node:crypto";
import { rmSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { sqlitePath } from "@/lib/db/sqlite-path";
import { api, randomIp } from "../support/api";
import { startServer, type RunningServer } from "../support/server";
import { eventually } from "../support/shop";

const url = `file:./data/test/wal-${randomUUID().slice(0, 8)}.db`;
const file = sqlitePath(url);
let server: RunningServer;

beforeAll(async () => {
  await migrate(url);
  server = await startServer({ DATABASE_URL: url });
}, 90_000);

afterAll(async () => {
  await server?.stop();
  for (const end of ["", "-wal", "-shm"]) rmSync(`${file}${end}`, { force: true });
});

describe("WAL checkpoints on SQLite", () => {
  it("a committed write reaches the database file within a second, by the server's checkpointer", async () => {
    // Let any checkpoint under way finish first, then note the file as it is.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = statSync(file).mtimeMs;
    const walBefore = statSync(`${file}-wal`).mtimeMs;

    const registered = await api("/api/auth/register", {
      json: { email: `wal-${randomUUID().slice(0, 8)}@example.com`, password: `pw-${randomUUID()}` },
      ip: randomIp(),
      base: server.baseUrl,
    });
    expect(registered.status).toBe(200);
    // The commit went to the WAL...
    expect(statSync(`${file}-wal`).mtimeMs).toBeGreaterThan(walBefore);
    // ...and the worker copied it into the database file.
    const after = await eventually(
      async () => statSync(file).mtimeMs,
      (mtime) => mtime > before,
      2_000,
    );
    expect(after).toBeGreaterThan(before);
  });
});
