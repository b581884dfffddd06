// On SQLite the server copies the WAL back into the database file from a worker thread
// (lib/db/wal-checkpointer.ts); the app's own commits leave it alone until the WAL is far
// larger than anything this test writes. So the database file itself changes after a write
// only if the server's worker is running.
import { statSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sqlitePath } from "@/lib/db/sqlite-path";
import { api, randomIp } from "../support/api";
import { eventually } from "../support/shop";

const url = process.env.DATABASE_URL ?? "";

describe.runIf(url.startsWith("file:"))("WAL checkpoints on SQLite", () => {
  it("a committed write reaches the database file within a second, by the server's checkpointer", async () => {
    const file = sqlitePath(url);
    // Let any checkpoint under way finish first, then note the file as it is.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = statSync(file).mtimeMs;
    const walBefore = statSync(`${file}-wal`).mtimeMs;

    const registered = await api("/api/auth/register", {
      json: { email: `wal-${randomUUID().slice(0, 8)}@example.com`, password: `pw-${randomUUID()}` },
      ip: randomIp(),
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
