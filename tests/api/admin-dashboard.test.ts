// The console dashboard's figures (lib/admin/dashboard.ts): revenue and paid orders per
// method for today, 7 and 30 days, and the daily series, in the shop's days (China Standard
// Time). Orders are placed in 2031, so the suite's other orders, paid today, fall outside.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, makeProduct } from "../support/fixtures";
import { dashboardFigures } from "@/lib/admin/dashboard";

const cst = (local: string) => new Date(`${local}+08:00`);

async function paidOrder(productId: string, paymentMethod: string, amountFen: bigint, paidAt: Date | null, status = "completed") {
  await db.order.create({
    data: {
      orderNo: `GS3103${randomBytes(5).toString("hex").toUpperCase()}`,
      productId,
      quantity: 1,
      unitPriceFen: amountFen,
      amountFen,
      paymentMethod,
      contactEmail: `dashboard-${randomUUID().slice(0, 8)}@example.com`,
      accessTokenHash: randomBytes(16).toString("hex"),
      status,
      expiresAt: paidAt ?? cst("2031-03-10T01:00:00"),
      createdAt: paidAt ?? cst("2031-03-10T00:45:00"),
      paidAt,
    },
  });
}

describe("dashboardFigures", () => {
  it("sums paid orders per method for the shop's today, 7 and 30 days, and leaves out refunded, unpaid and older ones", async () => {
    const { id } = await makeProduct({ stock: 1 });
    // 00:30 on the 10th in China is still the 9th in UTC: it is today's.
    await paidOrder(id, "balance_cny", 1_000n, cst("2031-03-10T00:30:00"));
    // 23:30 on the 9th (the same UTC day as the one above): yesterday's.
    await paidOrder(id, "crypto", 2_500n, cst("2031-03-09T23:30:00"));
    // The first day of the 7 (the 4th), and the day before it.
    await paidOrder(id, "alipay", 300n, cst("2031-03-04T00:10:00"));
    await paidOrder(id, "crypto", 700n, cst("2031-03-03T23:50:00"));
    // Refunded today, expired unpaid, and 31 days back: none of them counts.
    await paidOrder(id, "balance_cny", 9_900n, cst("2031-03-10T01:00:00"), "refunded");
    await paidOrder(id, "balance_cny", 9_900n, null, "expired");
    await paidOrder(id, "balance_cny", 9_900n, cst("2031-02-07T12:00:00"));

    const figures = await dashboardFigures(cst("2031-03-10T02:00:00"));
    expect(figures.totals.today).toEqual([{ method: "balance_cny", orders: 1, revenue: 10 }]);
    expect(figures.totals.week).toEqual([
      { method: "crypto", orders: 1, revenue: 25 },
      { method: "balance_cny", orders: 1, revenue: 10 },
      { method: "alipay", orders: 1, revenue: 3 },
    ]);
    expect(figures.totals.month).toEqual([
      { method: "crypto", orders: 2, revenue: 32 },
      { method: "balance_cny", orders: 1, revenue: 10 },
      { method: "alipay", orders: 1, revenue: 3 },
    ]);
    expect(figures.series).toHaveLength(30);
    expect(figures.series[0]!.day).toBe("2031-02-09");
    expect(figures.series.at(-1)).toEqual({ day: "2031-03-10", byMethod: { balance_cny: { orders: 1, revenue: 10 } } });
    const byDay = Object.fromEntries(figures.series.map((point) => [point.day, point.byMethod]));
    expect(byDay["2031-03-09"]).toEqual({ crypto: { orders: 1, revenue: 25 } });
    expect(byDay["2031-03-04"]).toEqual({ alipay: { orders: 1, revenue: 3 } });
    expect(byDay["2031-03-03"]).toEqual({ crypto: { orders: 1, revenue: 7 } });
    expect(figures.series.filter((point) => Object.keys(point.byMethod).length > 0)).toHaveLength(4);
  });
});
