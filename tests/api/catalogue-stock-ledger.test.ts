// The catalogue's copy and this process's orders under way (lib/catalog/stock-ledger.ts), in
// this process against the real database: an order counts once, whether or not a count of the
// stock that ran while it committed saw it. The orders are written here as an order's
// transaction writes them (its row and its items together), so that when this process learns
// of the commit can be chosen: before or after the count that follows it.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { v7 } from "uuid";
import { useOwnEnvironment } from "../support/own-environment";
import { db, makeProduct } from "../support/fixtures";

async function commitOrder(orderId: string, productId: string, quantity: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.order.create({
      data: {
        id: orderId,
        orderNo: `SL${randomBytes(7).toString("hex").toUpperCase()}`,
        productId,
        quantity,
        unitPriceFen: 100n,
        amountFen: 100n * BigInt(quantity),
        paymentMethod: "balance_cny",
        contactEmail: `ledger-${randomUUID().slice(0, 8)}@example.com`,
        accessTokenHash: randomBytes(16).toString("hex"),
        status: "completed",
        expiresAt: new Date(Date.now() + 600_000),
      },
    });
    const items = await tx.stockItem.findMany({ where: { productId, status: "available" }, take: quantity, select: { id: true } });
    expect(items).toHaveLength(quantity);
    await tx.stockItem.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data: { status: "sold", orderId } });
  });
}

describe("the catalogue's copy and the orders under way", () => {
  it("holds an order its count saw, takes off one it did not see once it commits, and nothing for one rolled back", async () => {
    // A copy that lives a minute: only this process's orders and drops change what it shows.
    useOwnEnvironment({ CATALOG_CACHE_MS: "60000" });
    const { invalidateCatalog, listProducts, orderTakingStock } = await import("@/lib/catalog/catalog");
    const { newOrderId } = await import("@/lib/orders/order-id");
    const product = await makeProduct({ stock: 12 });
    const stock = async () => (await listProducts()).find((entry) => entry.id === product.id)!.stock;
    // An operator's change would drop the copy the same way; the next read counts again.
    const countAgain = () => invalidateCatalog();
    countAgain();
    expect(await stock()).toBe(12);

    // Committed before the next count, but this process learns of it only after that count.
    const seen = newOrderId();
    const seenTaking = orderTakingStock({ orderId: seen, productId: product.id, quantity: 2 });
    await commitOrder(seen, product.id, 2);
    countAgain();
    expect(await stock()).toBe(10);
    seenTaking.committed();
    expect(await stock()).toBe(10);

    // Counted before it commits: the copy takes its items off once this process learns of it.
    const unseen = newOrderId();
    const unseenTaking = orderTakingStock({ orderId: unseen, productId: product.id, quantity: 3 });
    countAgain();
    expect(await stock()).toBe(10);
    await commitOrder(unseen, product.id, 3);
    expect(await stock()).toBe(10);
    unseenTaking.committed();
    expect(await stock()).toBe(7);

    // An order under way since before a count's usual range (made two minutes ago, as after a
    // slow cashier) is asked about all the same.
    const old = v7({ msecs: Date.now() - 120_000 });
    const oldTaking = orderTakingStock({ orderId: old, productId: product.id, quantity: 1 });
    await commitOrder(old, product.id, 1);
    countAgain();
    expect(await stock()).toBe(6);
    oldTaking.committed();
    expect(await stock()).toBe(6);

    const rolledBack = orderTakingStock({ orderId: newOrderId(), productId: product.id, quantity: 4 });
    rolledBack.rolledBack();
    expect(await stock()).toBe(6);
    // A failure that may have committed drops the copy: the next read counts again.
    const unknown = newOrderId();
    const unknownTaking = orderTakingStock({ orderId: unknown, productId: product.id, quantity: 1 });
    await commitOrder(unknown, product.id, 1);
    unknownTaking.unknown();
    expect(await stock()).toBe(5);
  });
});
