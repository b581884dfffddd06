// Statements outside a transaction see and write only committed state, whatever other
// transaction is open at the time (Prisma's SQLite adapter shares one connection; see
// lib/db/serialized-sqlite.ts). Runs on both engines like the rest of the suite.
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
