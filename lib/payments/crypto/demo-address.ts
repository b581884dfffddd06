import "server-only";
import { db } from "../../db";

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
