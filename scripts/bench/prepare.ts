// Child of `npm run bench`, once per engine: migrate a fresh database, seed the demo catalogue,
// the products the order runs sell from (balance and crypto, stocked through the real
// importer), a rich buyer with an API token, ten TRC-20 receiving addresses, one paid order to
// poll, and the shop's history (scripts/bench/bulk-seed.ts). Prints JSON, timings included.
import { randomBytes } from "node:crypto";
import { migrate } from "../../lib/db/migrate";
import { prepareBenchData } from "./fixtures";
import { bulkSeed } from "./bulk-seed";
import { createOrder } from "../../lib/orders/create-order";
import { importStock } from "../../lib/stock/import-stock";
import { tronFromHex } from "../../lib/payments/crypto/address-format";
import { db } from "../../lib/db";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const STOCK_ITEMS = Number(process.env.BENCH_STOCK_ITEMS ?? 1_000_000);
// Each order product holds a tenth of the stock (at most 50,000 items): more than three runs
// of order creation can sell at the framework's ceiling. The rest is the history's.
const ORDER_STOCK = Math.min(50_000, Math.floor(STOCK_ITEMS / 10));
const SEED_PRODUCTS = 20;
const RECEIVING_ADDRESSES = 10;

const started = Date.now();
await migrate(process.env.DATABASE_URL!);
const data = await prepareBenchData(ORDER_STOCK);
const cryptoProduct = await db.product.create({
  data: {
    slug: `bench-crypto-${randomBytes(3).toString("hex")}`,
    nameZh: "压测商品（加密货币）",
    nameEn: "Bench product (crypto)",
    priceFen: 720n,
    sortOrder: 98,
  },
});
await importStock(
  cryptoProduct.id,
  Array.from({ length: ORDER_STOCK }, (_, i) => `bench-crypto-${i}@example.com----pw-${i}`),
);
// The demo catalogue's public test wallet marks orders as demo ones: the bench pays like a real shop.
await db.paymentAddress.updateMany({ where: { demo: true }, data: { active: false } });
for (let i = 0; i < RECEIVING_ADDRESSES; i++)
  await db.paymentAddress.create({ data: { coin: "trc20_usdt", address: tronFromHex(`41${randomBytes(20).toString("hex")}`) } });
const seedProducts = [];
for (let i = 0; i < SEED_PRODUCTS; i++)
  seedProducts.push(
    await db.product.create({
      data: {
        slug: `seed-product-${i + 1}`,
        nameZh: `示例商品 ${i + 1}`,
        nameEn: `Sample product ${i + 1}`,
        descriptionZh: "压测用的商品：一行一个账号。",
        descriptionEn: "A bench product: one account per line.",
        priceFen: BigInt(500 + i * 150),
        sortOrder: 10 + i,
      },
    }),
  );
const order = (await createOrder(
  { productId: data.productId, quantity: 1, contactEmail: "bench@example.com", paymentMethod: "balance_cny" },
  { userId: data.buyerId, clientIp: "127.0.0.1" },
)) as { order: { id: string }; access_token: string };
await db.$disconnect();
const fixturesMs = Date.now() - started;

const bulkStarted = Date.now();
const seeded = await bulkSeed(process.env.DATABASE_URL!, {
  orders: ORDERS,
  stockItems: Math.max(0, STOCK_ITEMS - 2 * ORDER_STOCK),
  productIds: seedProducts.map((product) => product.id),
  prices: seedProducts.map((product) => product.priceFen),
});
console.log(
  JSON.stringify({
    ...data,
    orderStock: ORDER_STOCK,
    cryptoProductId: cryptoProduct.id,
    productPagePath: `/zh/products/${seedProducts[0]!.slug}`,
    productApiPath: `/api/products/${seedProducts[0]!.id}`,
    status: `/api/orders/${order.order.id}/status?token=${order.access_token}`,
    seeded,
    fixturesMs,
    bulkSeedMs: Date.now() - bulkStarted,
  }),
);
