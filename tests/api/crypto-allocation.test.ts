// The (address, amount) allocation of fixed receiving addresses: every address is tried at
// each amount before the next step, and one address holds far more live orders at one price
// than the 200 steps that used to exhaust a coin.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../support/fixtures";
import { snapshotAddresses } from "../support/crypto";
import { randomTronAddress } from "../fakes/trongrid";
import { allocateAmount, dropAllocation } from "@/lib/payments/crypto/allocate";
import { COINS } from "@/lib/payments/crypto/coins";
import { invalidatePaymentConfig } from "@/lib/payments/payment-config";

let restoreAddresses: () => Promise<void>;
const pool = [randomTronAddress(), randomTronAddress()].sort();
const until = new Date(Date.now() + 3_600_000);

beforeAll(async () => {
  restoreAddresses = await snapshotAddresses();
  // Only this file's two addresses are active for TRX while it runs.
  await db.paymentAddress.updateMany({ where: { coin: "trx" }, data: { active: false } });
  for (const address of pool) await db.paymentAddress.create({ data: { coin: "trx", address, source: "admin" } });
});

afterAll(async () => {
  await db.paymentAddress.deleteMany({ where: { coin: "trx", address: { in: pool } } });
  await restoreAddresses();
});

describe("allocation on fixed addresses", () => {
  it("gives the price itself on every address before it adds a step", async () => {
    const base = BigInt(randomInt(1, 1_000_000)) * 1_000_000n;
    const first = await allocateAmount("trx", base, randomUUID(), until);
    const second = await allocateAmount("trx", base, randomUUID(), until);
    const third = await allocateAmount("trx", base, randomUUID(), until);
    expect([first, second].map((a) => a.amountAtomic)).toEqual([base, base]);
    expect(new Set([first.address, second.address])).toEqual(new Set(pool));
    expect(third.amountAtomic).toBe(base + COINS.trx.uniqueStepAtomic);
  });

  it("starts each order one address further through the pool, so concurrent orders at a price do not all claim the same address first", async () => {
    const prices = Array.from({ length: 4 }, (_, i) => BigInt(randomInt(1, 1_000_000)) * 1_000_000n + 100_000n + BigInt(i) * 1_000n);
    const given = [];
    for (const base of prices) given.push(await allocateAmount("trx", base, randomUUID(), until));
    expect(given.map((allocation) => allocation.amountAtomic)).toEqual(prices);
    // Each at a price nobody holds: without the turn every one of them took the pool's first address.
    expect(new Set(given.map((allocation) => allocation.address))).toEqual(new Set(pool));
  });

  it("after a burst gives its pairs back (orders refused for stock), the next order gets the price itself again", async () => {
    const base = BigInt(randomInt(1, 1_000_000)) * 1_000_000n + 250_000n;
    const burst = Array.from({ length: 12 }, () => randomUUID());
    for (const orderId of burst) await allocateAmount("trx", base, orderId, until);
    for (const orderId of burst) await dropAllocation(orderId);
    expect((await allocateAmount("trx", base, randomUUID(), until)).amountAtomic).toBe(base);
  });

  it("a receiving address added during a burst takes the price itself", async () => {
    const base = BigInt(randomInt(1, 1_000_000)) * 1_000_000n + 750_000n;
    for (let i = 0; i < 6; i++) await allocateAmount("trx", base, randomUUID(), until);
    const added = randomTronAddress();
    await db.paymentAddress.create({ data: { coin: "trx", address: added, source: "admin" } });
    // Orders take the pool from the payment configuration's copy, which the console drops when it adds one.
    invalidatePaymentConfig();
    try {
      expect(await allocateAmount("trx", base, randomUUID(), until)).toMatchObject({ address: added, amountAtomic: base });
    } finally {
      await db.paymentAddress.delete({ where: { coin_address: { coin: "trx", address: added } } });
      invalidatePaymentConfig();
    }
  });

  it("takes over a lock whose time is over in place: the pair is given again, still one row", async () => {
    const base = BigInt(randomInt(1, 1_000_000)) * 1_000_000n + 600_000n;
    const past = new Date(Date.now() - 60_000);
    for (const address of pool) {
      await db.cryptoAmountLock.create({
        data: { coin: "trx", address, amount: base.toString(), orderId: randomUUID(), lockedUntil: past },
      });
    }
    const orderId = randomUUID();
    const taken = await allocateAmount("trx", base, orderId, until);
    expect(taken.amountAtomic).toBe(base);
    const rows = await db.cryptoAmountLock.findMany({ where: { coin: "trx", address: taken.address, amount: base.toString() } });
    expect(rows).toEqual([expect.objectContaining({ orderId, lockedUntil: until })]);
  });

  it("gives 40 concurrent orders at one price 40 different pairs, the lowest amounts first", async () => {
    const base = BigInt(randomInt(1, 1_000_000)) * 1_000_000n + 900_000n;
    const taken = await Promise.all(Array.from({ length: 40 }, () => allocateAmount("trx", base, randomUUID(), until)));
    expect(new Set(taken.map((a) => `${a.address}|${a.amountAtomic}`)).size).toBe(40);
    // Two addresses: the price and the next 19 steps, each on both.
    const steps = taken.map((a) => (a.amountAtomic - base) / COINS.trx.uniqueStepAtomic).sort((x, y) => Number(x - y));
    expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => [BigInt(i), BigInt(i)]).flat());
  });

  it("holds 450 live orders at one price on two addresses (200 steps each used to stop at 400), each pair once, within 225 small steps", async () => {
    const base = BigInt(randomInt(1, 1_000_000)) * 1_000_000n + 500_000n;
    const taken = [];
    for (let i = 0; i < 450; i++) taken.push(await allocateAmount("trx", base, randomUUID(), until));
    expect(new Set(taken.map((a) => `${a.address}|${a.amountAtomic}`)).size).toBe(450);
    const highest = taken.reduce((max, a) => (a.amountAtomic > max ? a.amountAtomic : max), 0n);
    expect(highest).toBe(base + 224n * COINS.trx.uniqueStepAtomic); // 0.0224 TRX above the price
  }, 180_000);
});
