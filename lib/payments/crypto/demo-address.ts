import "server-only";
import { db } from "../../db";
import { hotRead, sqliteBoolean } from "../../db/sqlite-reader";

/** Demo receiving addresses (a public test wallet) are flagged wherever an address is shown. */
export async function isDemoAddress(coin: string | null, address: string): Promise<boolean> {
  if (!coin) return false;
  // Asked by every payment page (and lookup result) of a crypto order: a hot read (lib/db/sqlite-reader.ts).
  const [row] = await hotRead<{ demo: boolean }>(
    `SELECT "demo" FROM "payment_addresses" WHERE "coin" = ? AND "address" = ?`,
    [coin, address],
    (raw) => ({ demo: sqliteBoolean(raw.demo) }),
  );
  return row?.demo ?? false;
}

/** Said once at start-up, so an operator cannot miss that crypto payments go to a demo wallet. */
export async function warnAboutDemoAddresses(): Promise<void> {
  const demo = await db.paymentAddress.findMany({ where: { demo: true, active: true }, select: { coin: true } });
  if (demo.length) {
    console.warn(
      `[stockline] DEMO MODE: crypto payments for ${[...new Set(demo.map((row) => row.coin))].join(", ")} go to demo ` +
        "receiving addresses from a public test wallet. Replace them with your own before taking real orders.",
    );
  }
}
