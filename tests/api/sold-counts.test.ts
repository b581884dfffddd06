// "How many sold" counts the items of completed orders only (lib/catalog/sold-counts.ts).
import { describe, expect, it } from "vitest";
import { createOrder } from "../support/api";
import { makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import { soldCounts } from "@/lib/catalog/sold-counts";

describe("soldCounts", () => {
  it("sums the quantities of completed orders per product; unpaid ones do not count", async () => {
    await enableCoin("trc20_usdt", "TSoldCountsTestReceivingAddress001");
    const product = await makeProduct({ stock: 20, priceFen: 100n });
    const untouched = await makeProduct({ stock: 5 });
    const buyer = await makeUser({ balanceFen: 10_000n });
    for (const quantity of [3, 2]) {
      const paid = await createOrder(
        { productId: product.id, quantity, contactEmail: buyer.email, paymentMethod: "balance_cny" },
        { token: buyer.token },
      );
      expect(paid.body.order.status).toBe("completed");
    }
    const pending = await createOrder({
      productId: product.id,
      quantity: 4,
      contactEmail: buyer.email,
      paymentMethod: "crypto",
      coin: "trc20_usdt",
    });
    expect(pending.body.order.status).toBe("pending");
    // The first call in this process reads the database (later ones may be up to a minute old).
    const counts = await soldCounts();
    expect(counts.get(product.id)).toBe(5);
    expect(counts.get(untouched.id)).toBeUndefined();
  });
});
