// Child of `npm run bench`: 10,000 pending crypto orders on two TRON addresses, then 1,000
// final transfers paying 1,000 of them, recorded, matched and applied the way a watcher
// does (lib/payments/chains/record-transfer.ts); then the same 1,000 read again (a re-poll).
// Prints JSON: the time of each phase and what it did.
import { randomBytes, randomUUID } from "node:crypto";
import { db, type Tx } from "../../lib/db";
import { migrate } from "../../lib/db/migrate";
import { importStock } from "../../lib/stock/import-stock";
import { takeItems } from "../../lib/stock/reservation";
import { insertOrder } from "../../lib/orders/insert-order";
import { hashToken } from "../../lib/crypto/tokens";
import { observeTransfers } from "../../lib/payments/chains/record-transfer";
import type { ObservedTransfer } from "../../lib/payments/chains/observed-transfer";
import { tronFromHex } from "../../lib/payments/crypto/address-format";

const ORDERS = 10_000;
// GS + 10 digits + 4 letters, as lib/orders/order-number.ts writes them; the letters count the orders.
const stamp = String(Date.now()).slice(-10);
const orderNumber = (i: number) =>
  `GS${stamp}${Array.from({ length: 4 }, (_, k) => String.fromCharCode(65 + (Math.floor(i / 26 ** (3 - k)) % 26))).join("")}`;
const TRANSFERS = 1_000;
const BATCH = 500;
const addresses = [tronFromHex(`41${randomBytes(20).toString("hex")}`), tronFromHex(`41${randomBytes(20).toString("hex")}`)];

await migrate(process.env.DATABASE_URL!);
const product = await db.product.create({
  data: {
    slug: `bench-crypto-${randomBytes(3).toString("hex")}`,
    nameZh: "链上匹配压测",
    nameEn: "Chain matching bench",
    priceFen: 720n,
    sortOrder: 100,
    listed: false,
  },
});
await importStock(
  product.id,
  Array.from({ length: ORDERS }, (_, i) => `chain-bench-${i}----pw`),
);

// The pending orders, as createOrder leaves them: order row, one reserved item, and the (address, amount) lock.
const started = Date.now();
const created = new Date(started - 60_000);
const expires = new Date(started + 15 * 60_000);
const locked = new Date(started + 75 * 60_000);
const orders: { id: string; address: string; amount: bigint }[] = [];
// Fixture writes, not the shop's order path: a batch of them may take longer than the shop's
// 20 s transaction limit on a busy machine (it did on PostgreSQL), so it gets two minutes.
const transaction = (work: (tx: Tx) => Promise<void>) => db.$transaction(work, { maxWait: 10_000, timeout: 120_000 });
for (let first = 0; first < ORDERS; first += BATCH) {
  await transaction(async (tx) => {
    for (let i = first; i < Math.min(first + BATCH, ORDERS); i++) {
      const id = randomUUID();
      const address = addresses[i % 2]!;
      const amount = 1_000_000n + BigInt(Math.floor(i / 2)) * 100n;
      await insertOrder(tx, {
        id,
        orderNo: orderNumber(i),
        productId: product.id,
        userId: null,
        quantity: 1,
        unitPriceFen: 720n,
        currency: "CNY",
        discountFen: 0n,
        amountFen: 720n,
        paymentMethod: "crypto",
        coin: "trc20_usdt",
        payAddress: address,
        payAmount: amount.toString(),
        cnyPerUsdtMicro: 7_200_000n,
        payDebit: null,
        couponId: null,
        contactEmail: "chain-bench@example.com",
        delimiter: "----",
        accessTokenHash: hashToken(randomUUID()),
        status: "pending",
        paidAt: null,
        completedAt: null,
        expiresAt: expires,
        createdAt: created,
        clientIpHash: null,
        payRail: null,
        payUrl: null,
        payQr: null,
        locale: "zh",
        accessTokenSealed: null,
        kind: "stock",
        deliveredItems: null,
      });
      await takeItems(tx, product.id, id, 1, "reserved");
      await tx.$executeRaw`INSERT INTO "crypto_amount_locks" ("id", "coin", "address", "amount", "orderId", "lockedUntil")
        VALUES (${randomUUID()}, 'trc20_usdt', ${address}, ${amount.toString()}, ${id}, ${locked})`;
      orders.push({ id, address, amount });
    }
  });
}
const setupMs = Date.now() - started;

// 1,000 of them paid, in a random order (as a chain would list them), by final transfers.
const paid = [...orders].sort(() => Math.random() - 0.5).slice(0, TRANSFERS);
const transfers: ObservedTransfer[] = paid.map((order, i) => ({
  chain: "tron",
  coin: "trc20_usdt",
  txHash: randomBytes(32).toString("hex"),
  index: `${order.address}:${order.amount}`,
  address: order.address,
  amount: order.amount,
  blockNumber: null,
  blockTime: new Date(started + i),
  confirmations: 19,
  required: 19,
}));
const t0 = Date.now();
await observeTransfers(transfers);
const matchMs = Date.now() - t0;
const t1 = Date.now();
await observeTransfers(transfers);
const replayMs = Date.now() - t1;

const delivered = await db.order.count({ where: { productId: product.id, status: "completed" } });
const events = await db.paymentEvent.count({ where: { order: { productId: product.id } } });
const stillPending = await db.order.count({ where: { productId: product.id, status: "pending" } });
await db.$disconnect();
console.log(
  JSON.stringify({
    orders: ORDERS,
    transfers: TRANSFERS,
    setupMs,
    matchMs,
    replayMs,
    delivered,
    events,
    stillPending,
    ok: delivered === TRANSFERS && events === TRANSFERS && stillPending === ORDERS - TRANSFERS,
  }),
);
