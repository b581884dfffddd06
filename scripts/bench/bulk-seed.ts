// The bench's history: a shop with BENCH_ORDERS past orders (default 100,000) spread over six
// months and their statuses, most completed with their sold items, and BENCH_STOCK_ITEMS
// stock items in all (default 1,000,000), so every route is measured against tables of a
// real shop's size. Fixture data, written in bulk rather than through the shop's order path:
// better-sqlite3 prepared statements in one transaction on SQLite, `unnest` arrays on
// PostgreSQL. Items are stored as the importer stores them (lib/stock/import-stock.ts):
// content sealed with lib/crypto/secret-box.ts, contentHash the keyed hash of the item's own
// line (so the unique (product, hash) index holds and a re-import would skip it). Sealing a
// million lines one by one would dominate the setup, so one sealed line is reused for each
// SEAL_EVERY items: what it decrypts to does not change what the routes do.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { encrypt, keyedHash } from "../../lib/crypto/secret-box";
import { hashToken } from "../../lib/crypto/tokens";
import { sqlitePath } from "../../lib/db/sqlite-path";
import { hashClientIp } from "../../lib/orders/unpaid-order-limits";

const SEAL_EVERY = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY_DAYS = 182;
const METHODS = ["crypto", "balance_cny", "crypto", "balance_crypto", "alipay", "wechat"] as const;
// Out of 100: 85 completed, 7 expired, 5 cancelled, 3 refunded (no pending ones: those would
// long have expired; the bench's own orders are the pending ones).
const statusOf = (i: number) => {
  const bucket = i % 100;
  return bucket < 85 ? "completed" : bucket < 92 ? "expired" : bucket < 97 ? "cancelled" : "refunded";
};
// Most orders are for one item; every seventh for two, every thirteenth for three.
const quantityOf = (i: number) => (i % 13 === 0 ? 3 : i % 7 === 0 ? 2 : 1);

/** SQLite's DateTime text as Prisma's driver adapter writes it. */
const sqliteTime = (at: Date) => at.toISOString().replace("Z", "+00:00");

type OrderRow = {
  id: string;
  orderNo: string;
  productId: string;
  quantity: number;
  amountFen: bigint;
  paymentMethod: string;
  contactEmail: string;
  clientIpHash: string;
  status: string;
  createdAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
};
type ItemRow = { productId: string; content: string; contentHash: string; status: string; orderId: string | null; createdAt: Date };

export type SeedPlan = { orders: number; stockItems: number; productIds: string[]; prices: bigint[] };

function* orderRows(plan: SeedPlan, now: number): Generator<OrderRow> {
  const ipHashes = Array.from({ length: 20_000 }, (_, k) => hashClientIp(`10.${k >> 16}.${(k >> 8) & 255}.${k & 255}`));
  for (let i = 0; i < plan.orders; i++) {
    const createdAt = new Date(now - DAY_MS - Math.floor(((plan.orders - i) / plan.orders) * HISTORY_DAYS * DAY_MS));
    const status = statusOf(i);
    const paid = status === "completed" || status === "refunded";
    const product = i % plan.productIds.length;
    const quantity = quantityOf(i);
    yield {
      id: randomUUID(),
      orderNo: `GS${String(i).padStart(10, "0")}SEED`,
      productId: plan.productIds[product]!,
      quantity,
      amountFen: plan.prices[product]! * BigInt(quantity),
      paymentMethod: METHODS[i % METHODS.length]!,
      contactEmail: `buyer${i % 30_000}@example.com`,
      // Every order since the column exists carries its client's address (hashed): the
      // planner's statistics then see what a running shop's do, not a column of NULLs.
      clientIpHash: ipHashes[i % ipHashes.length]!,
      status,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 15 * 60_000),
      paidAt: paid ? new Date(createdAt.getTime() + 60_000) : null,
    };
  }
}

/** Every order first, then its sold items, then the rest of the stock, available. */
function* itemRows(plan: SeedPlan, sold: { orderId: string; productId: string; quantity: number; at: Date }[]): Generator<ItemRow> {
  let sealed = "";
  let n = 0;
  const item = (productId: string, status: string, orderId: string | null, createdAt: Date): ItemRow => {
    const line = `seed-${n}@example.com----pw-${n.toString(36)}`;
    if (n % SEAL_EVERY === 0) sealed = encrypt(line);
    n++;
    return { productId, content: sealed, contentHash: keyedHash(line), status, orderId, createdAt };
  };
  for (const order of sold) {
    for (let k = 0; k < order.quantity && n < plan.stockItems; k++) yield item(order.productId, "sold", order.orderId, order.at);
  }
  const stocked = new Date();
  while (n < plan.stockItems) yield item(plan.productIds[n % plan.productIds.length]!, "available", null, stocked);
}

const ORDER_COLUMNS = `"id", "orderNo", "productId", "quantity", "unitPriceFen", "discountFen", "amountFen", "currency", "paymentMethod",
  "contactEmail", "delimiter", "accessTokenHash", "status", "expiresAt", "createdAt", "paidAt", "completedAt", "clientIpHash"`;

/** Writes the history; returns how many orders and items it wrote. */
export async function bulkSeed(databaseUrl: string, plan: SeedPlan): Promise<{ orders: number; items: number; sold: number }> {
  const now = Date.now();
  const sold: { orderId: string; productId: string; quantity: number; at: Date }[] = [];
  const orders = [...orderRows(plan, now)];
  for (const order of orders)
    if (order.status === "completed" || order.status === "refunded")
      sold.push({ orderId: order.id, productId: order.productId, quantity: order.quantity, at: order.paidAt! });
  const tokenHash = hashToken("bench-seeded-order");
  let items = 0;
  let soldItems = 0;

  if (databaseUrl.startsWith("file:")) {
    const sqlite = new Database(sqlitePath(databaseUrl));
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("cache_size = -262144");
    const insertOrder = sqlite.prepare(`INSERT INTO "orders" (${ORDER_COLUMNS})
      VALUES (?, ?, ?, ?, ?, 0, ?, 'CNY', ?, ?, '----', ?, ?, ?, ?, ?, ?, ?)`);
    const insertItem = sqlite.prepare(`INSERT INTO "stock_items" ("productId", "content", "contentHash", "status", "orderId", "createdAt")
      VALUES (?, ?, ?, ?, ?, ?)`);
    sqlite.transaction(() => {
      for (const o of orders) {
        const paidAt = o.paidAt ? sqliteTime(o.paidAt) : null;
        insertOrder.run(
          o.id,
          o.orderNo,
          o.productId,
          o.quantity,
          o.amountFen / BigInt(o.quantity),
          o.amountFen,
          o.paymentMethod,
          o.contactEmail,
          tokenHash,
          o.status,
          sqliteTime(o.expiresAt),
          sqliteTime(o.createdAt),
          paidAt,
          paidAt,
          o.clientIpHash,
        );
      }
      for (const item of itemRows(plan, sold)) {
        insertItem.run(item.productId, item.content, item.contentHash, item.status, item.orderId, sqliteTime(item.createdAt));
        items++;
        if (item.status === "sold") soldItems++;
      }
    })();
    sqlite.pragma("optimize");
    sqlite.close();
    return { orders: orders.length, items, sold: soldItems };
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const CHUNK = 20_000;
    for (let start = 0; start < orders.length; start += CHUNK) {
      const chunk = orders.slice(start, start + CHUNK);
      const column = <T>(pick: (o: OrderRow) => T) => chunk.map(pick);
      await client.query(
        `INSERT INTO "orders" (${ORDER_COLUMNS})
         SELECT o.id, o.no, o.product, o.quantity, o.amount / o.quantity, 0, o.amount, 'CNY', o.method, o.email, '----', $12, o.status,
           o.expires, o.created, o.paid, o.paid, o.ip
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bigint[], $6::text[], $7::text[], $8::text[],
           $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $13::text[])
           AS o(id, no, product, quantity, amount, method, email, status, expires, created, paid, ip)`,
        [
          column((o) => o.id),
          column((o) => o.orderNo),
          column((o) => o.productId),
          column((o) => o.quantity),
          column((o) => o.amountFen.toString()),
          column((o) => o.paymentMethod),
          column((o) => o.contactEmail),
          column((o) => o.status),
          column((o) => o.expiresAt.toISOString()),
          column((o) => o.createdAt.toISOString()),
          column((o) => o.paidAt?.toISOString() ?? null),
          tokenHash,
          column((o) => o.clientIpHash),
        ],
      );
    }
    let batch: ItemRow[] = [];
    const flush = async () => {
      await client.query(
        `INSERT INTO "stock_items" ("productId", "content", "contentHash", "status", "orderId", "createdAt")
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])`,
        [
          batch.map((item) => item.productId),
          batch.map((item) => item.content),
          batch.map((item) => item.contentHash),
          batch.map((item) => item.status),
          batch.map((item) => item.orderId),
          batch.map((item) => item.createdAt.toISOString()),
        ],
      );
      batch = [];
    };
    for (const item of itemRows(plan, sold)) {
      batch.push(item);
      items++;
      if (item.status === "sold") soldItems++;
      if (batch.length === 50_000) await flush();
    }
    if (batch.length) await flush();
    await client.query("COMMIT");
    // A shop that has been running has had its tables vacuumed (visibility map and hint bits
    // set), and autovacuum's first pass over a million fresh rows is not left to fall into the
    // measured seconds.
    await client.query(`VACUUM (ANALYZE) "orders", "stock_items"`);
  } finally {
    await client.end();
  }
  return { orders: orders.length, items, sold: soldItems };
}
