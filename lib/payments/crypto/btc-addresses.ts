import "server-only";
import { createHash } from "node:crypto";
import { db } from "../../db";
import { parseAccountKey, receivingAddress } from "./xpub";

/**
 * The next unused receiving address of the merchant's xpub. The index is taken with one
 * increment in the database (`UPDATE ... RETURNING`), so no two orders, on any number of
 * instances, are ever handed the same address; a new key starts at index 0.
 */
export async function nextBtcAddress(extendedKey: string): Promise<string> {
  const keyHash = createHash("sha256").update(extendedKey).digest("hex");
  await db.$executeRaw`INSERT INTO "btc_derivations" ("keyHash", "nextIndex") VALUES (${keyHash}, 0) ON CONFLICT DO NOTHING`;
  const rows = await db.$queryRaw<{ index: number | bigint }[]>`
    UPDATE "btc_derivations" SET "nextIndex" = "nextIndex" + 1 WHERE "keyHash" = ${keyHash} RETURNING "nextIndex" - 1 AS "index"`;
  const index = Number(rows[0]!.index);
  return receivingAddress(parseAccountKey(extendedKey), index);
}
