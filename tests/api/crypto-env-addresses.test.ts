// Receiving addresses from the environment are authoritative: an instance started with
// RECEIVE_<COIN> makes them that coin's active addresses (source `env`) and switches the
// demo wallet's off; an address no longer listed at the next start is switched off; the
// operator's own (console) addresses are left as they are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../support/fixtures";
import { snapshotAddresses, until } from "../support/crypto";
import { startServer } from "../support/server";
import { randomTronAddress } from "../fakes/trongrid";

const demo = randomTronAddress();
const operator = randomTronAddress();
const [first, second] = [randomTronAddress(), randomTronAddress()];
const mine = [demo, operator, first, second];
let restoreAddresses: () => Promise<void>;

beforeAll(async () => {
  restoreAddresses = await snapshotAddresses();
  await db.paymentAddress.create({ data: { coin: "trx", address: demo, demo: true, active: true, source: "demo" } });
  await db.paymentAddress.create({ data: { coin: "trx", address: operator, active: true, source: "admin" } });
});

afterAll(async () => {
  await db.paymentAddress.deleteMany({ where: { coin: "trx", address: { in: mine } } });
  await restoreAddresses?.();
});

/** Starts (and stops) an instance with this RECEIVE_TRX, then answers the TRX rows this file knows, by address. */
async function startWith(receiveTrx: string, expectActive: string[]) {
  const server = await startServer({ RECEIVE_TRX: receiveTrx });
  try {
    const active = () =>
      db.paymentAddress.findMany({ where: { coin: "trx", address: { in: mine }, active: true }, select: { address: true } });
    await until(
      async () => {
        const now = new Set((await active()).map((row) => row.address));
        return now.size === expectActive.length && expectActive.every((address) => now.has(address));
      },
      `active TRX addresses ${expectActive.join(", ")}`,
    );
    const rows = await db.paymentAddress.findMany({ where: { coin: "trx", address: { in: mine } } });
    return new Map(rows.map((row) => [row.address, row]));
  } finally {
    await server.stop();
    expect(server.log()).not.toMatch(/unhandled error|receiving addresses not synced/);
  }
}

describe("RECEIVE_* at start", () => {
  it("switches the coin's demo addresses off and its environment addresses on, leaving the operator's", async () => {
    const rows = await startWith(`${first}, ${second}`, [operator, first, second]);
    expect(rows.get(first)).toMatchObject({ active: true, demo: false, source: "env" });
    expect(rows.get(second)).toMatchObject({ active: true, demo: false, source: "env" });
    expect(rows.get(demo)).toMatchObject({ active: false, source: "demo" });
    expect(rows.get(operator)).toMatchObject({ active: true, source: "admin" });
  });

  it("switches off an environment address no longer listed, and all of them once RECEIVE_TRX is emptied", async () => {
    const rows = await startWith(second, [operator, second]);
    expect(rows.get(first)).toMatchObject({ active: false, source: "env" });
    expect(rows.get(second)).toMatchObject({ active: true, source: "env" });

    const emptied = await startWith("", [operator]);
    expect(emptied.get(second)).toMatchObject({ active: false, source: "env" });
    // The demo wallet stays off: a coin once configured from the environment does not fall back to it.
    expect(emptied.get(demo)).toMatchObject({ active: false });
  });
});
