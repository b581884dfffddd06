// Bench data on a fresh database: the demo catalogue, plus a product deep enough in stock
// and a buyer rich enough for the order-creation run, and one order to poll.
import { randomBytes } from "node:crypto";
import { db, transaction } from "../../lib/db";
import { seedDemoIfEmpty } from "../../lib/demo/seed-demo";
import { importStock } from "../../lib/stock/import-stock";
import { registerUser } from "../../lib/auth/users";
import { credit } from "../../lib/balance/ledger";
import { issueApiToken } from "../../lib/auth/api-tokens";
import { SAMPLE_PRODUCT_ID } from "../../lib/demo/demo-catalogue";

export const BENCH_STOCK = 40_000;

/** `stock`: the order product's items (the whole bench sells from it). */
export async function prepareBenchData(stock = BENCH_STOCK) {
  await seedDemoIfEmpty();
  const product = await db.product.create({
    data: {
      slug: `bench-${randomBytes(3).toString("hex")}`,
      nameZh: "压测商品",
      nameEn: "Bench product",
      priceFen: 100n,
      minQuantity: 1,
      sortOrder: 99,
    },
  });
  const lines = Array.from({ length: stock }, (_, i) => `bench${i}@example.com----pw-${i}`);
  await importStock(product.id, lines);
  const buyer = await registerUser({
    email: `bench-${randomBytes(3).toString("hex")}@example.com`,
    password: randomBytes(12).toString("hex"),
  });
  await transaction((tx) => credit(tx, { userId: buyer.id, currency: "CNY", amount: 100_000_000n, reason: "bench" }));
  const { token } = await issueApiToken(buyer.id, "bench");
  return { productId: product.id, buyerId: buyer.id, token, sampleProductId: SAMPLE_PRODUCT_ID };
}

/** After the order run: every sold item belongs to one completed order, and money adds up. */
export async function oversellCheck(productId: string, buyerId: string, stock = BENCH_STOCK) {
  const [sold, available, reserved, orders, user, ledger] = await Promise.all([
    db.stockItem.count({ where: { productId, status: "sold" } }),
    db.stockItem.count({ where: { productId, status: "available" } }),
    db.stockItem.count({ where: { productId, status: "reserved" } }),
    db.order.findMany({ where: { productId, status: "completed" }, select: { id: true, quantity: true, amountFen: true } }),
    db.user.findUniqueOrThrow({ where: { id: buyerId }, select: { balanceFen: true } }),
    db.ledgerEntry.findMany({ where: { userId: buyerId, currency: "CNY" }, select: { amount: true } }),
  ]);
  const ordered = orders.reduce((sum, order) => sum + order.quantity, 0);
  const spent = orders.reduce((sum, order) => sum + order.amountFen, 0n);
  const perOrder = await db.stockItem.groupBy({ by: ["orderId"], where: { productId, status: "sold" }, _count: { _all: true } });
  const quantityOf = new Map(orders.map((order) => [order.id, order.quantity]));
  const mismatched = perOrder.filter((row) => quantityOf.get(row.orderId ?? "") !== row._count._all).length;
  const ledgerSum = ledger.reduce((sum, entry) => sum + entry.amount, 0n);
  const ok =
    sold === ordered &&
    sold + available + reserved === stock &&
    mismatched === 0 &&
    user.balanceFen === 100_000_000n - spent &&
    ledgerSum === user.balanceFen;
  return { ok, sold, completedOrders: orders.length, mismatched, balanceOk: ledgerSum === user.balanceFen };
}
