import "server-only";
// The console's dashboard: revenue and paid orders per payment method for today, 7 and 30
// days (with a daily series for the charts), products low on stock or sold out, and orders
// that need the operator. Each figure is one indexed, grouped query, so it stays fast with
// 100,000 orders (measured by `npm run bench:admin`).
import { Prisma } from "../generated/sqlite/client";
import { db } from "../db";
import { isPostgres } from "../env";
import { fenToYuan } from "../money";
import { orderSummaryDto, orderSummarySelect, type OrderSummaryDto } from "./orders/order-list";
import { shownStock } from "../catalog/product-kinds";

const DAY_MS = 24 * 60 * 60 * 1000;
export const DASHBOARD_DAYS = 30;
// Revenue counts what buyers paid and kept: refunded orders are left out.
const EARNING = ["paid", "completed"];

export type MethodTotals = { method: string; orders: number; revenue: number };
export type DayPoint = { day: string; byMethod: Record<string, { orders: number; revenue: number }> };
type Sum = { orders: number; revenueFen: bigint };

// Days are the shop's days in China Standard Time (UTC+8, no daylight saving), the zone every
// date on the site is shown in (lib/i18n/format.ts): the server's own zone decides nothing.
const SHOP_OFFSET_MS = 8 * 60 * 60 * 1000;

function startOfDay(date: Date): Date {
  return new Date(Math.floor((date.getTime() + SHOP_OFFSET_MS) / DAY_MS) * DAY_MS - SHOP_OFFSET_MS);
}

function localDay(date: Date): string {
  return new Date(date.getTime() + SHOP_OFFSET_MS).toISOString().slice(0, 10);
}

type HourRow = { hour: string; method: string; orders: bigint | number; revenue: bigint | number | string | null };

/** Paid orders grouped by UTC hour and method (at most 24 x 30 x methods rows), folded into the shop's days below. */
async function paidByHour(since: Date): Promise<HourRow[]> {
  const hour = isPostgres ? Prisma.sql`to_char("paidAt", 'YYYY-MM-DD"T"HH24')` : Prisma.sql`substr("paidAt", 1, 13)`;
  return db.$queryRaw<HourRow[]>`
    SELECT ${hour} AS "hour", "paymentMethod" AS "method", COUNT(*) AS "orders", SUM("amountFen") AS "revenue"
    FROM "orders"
    WHERE "paidAt" >= ${since} AND "status" IN (${Prisma.join(EARNING)})
    GROUP BY 1, 2`;
}

export async function dashboardFigures(now = new Date()) {
  const today = startOfDay(now);
  const since = new Date(today.getTime() - (DASHBOARD_DAYS - 1) * DAY_MS);
  const weekStart = new Date(today.getTime() - 6 * DAY_MS);
  const rows = await paidByHour(since);

  // Sums in fen, keyed by "day|method" and "period|method"; turned into CNY once at the end.
  const byDay = new Map<string, Sum>();
  const byPeriod = new Map<string, Sum>();
  const add = (map: Map<string, Sum>, key: string, orders: number, revenueFen: bigint) => {
    const sum = map.get(key) ?? { orders: 0, revenueFen: 0n };
    map.set(key, { orders: sum.orders + orders, revenueFen: sum.revenueFen + revenueFen });
  };
  for (const row of rows) {
    const at = new Date(`${row.hour}:00:00Z`);
    const orders = Number(row.orders);
    const revenueFen = BigInt(row.revenue ?? 0);
    add(byDay, `${localDay(at)}|${row.method}`, orders, revenueFen);
    for (const [period, start] of [
      ["month", since],
      ["week", weekStart],
      ["today", today],
    ] as const) {
      if (at >= start) add(byPeriod, `${period}|${row.method}`, orders, revenueFen);
    }
  }
  const series: DayPoint[] = Array.from({ length: DASHBOARD_DAYS }, (_, i) => {
    const day = localDay(new Date(since.getTime() + i * DAY_MS));
    const byMethod: DayPoint["byMethod"] = {};
    for (const [key, sum] of byDay) {
      const [keyDay, method] = key.split("|") as [string, string];
      if (keyDay === day) byMethod[method] = { orders: sum.orders, revenue: fenToYuan(sum.revenueFen) };
    }
    return { day, byMethod };
  });
  const totals = (period: string): MethodTotals[] =>
    [...byPeriod]
      .filter(([key]) => key.startsWith(`${period}|`))
      .map(([key, sum]) => ({ method: key.slice(period.length + 1), orders: sum.orders, revenue: fenToYuan(sum.revenueFen) }))
      .sort((a, b) => b.revenue - a.revenue);
  return { totals: { today: totals("today"), week: totals("week"), month: totals("month") }, series };
}

export type StockAlert = { id: string; slug: string; name_zh: string; name_en: string; available: number; threshold: number };

/** Listed products at or below their low-stock threshold; sold-out ones (nothing available) first. */
export async function stockAlerts(): Promise<{ soldOut: StockAlert[]; low: StockAlert[] }> {
  const [products, counts] = await Promise.all([
    db.product.findMany({
      where: { listed: true },
      select: { id: true, slug: true, nameZh: true, nameEn: true, lowStockThreshold: true, kind: true },
      orderBy: { sortOrder: "asc" },
    }),
    db.stockItem.groupBy({ by: ["productId"], where: { status: "available" }, _count: { _all: true } }),
  ]);
  const available = new Map(counts.map((row) => [row.productId, row._count._all]));
  const alerts = products
    .map((product) => ({
      id: product.id,
      slug: product.slug,
      name_zh: product.nameZh,
      name_en: product.nameEn,
      // A reusable product is only ever sold out (no line); a manual one never runs low.
      available: shownStock(product.kind, available.get(product.id) ?? 0, null),
      threshold: product.lowStockThreshold,
    }))
    .filter((product) => product.available <= product.threshold);
  return { soldOut: alerts.filter((product) => product.available === 0), low: alerts.filter((product) => product.available > 0) };
}

export type AttentionOrder = OrderSummaryDto & { reason: "paid_undelivered" | "awaiting_delivery" | "late_payment" };

/**
 * Orders the operator should look at: paid but not delivered (manual-delivery orders waiting
 * for their items among them), and orders whose payment
 * arrived after they closed (an event the order core recorded as `not_payable`). The crypto
 * rail adds its own flagged payments (partial, over, unmatched) to its console section.
 */
export async function ordersNeedingAttention(limit = 10): Promise<{ orders: AttentionOrder[]; pending: number }> {
  // Late payments are found from the (few) events the order core marked not_payable, by index.
  const lateEvents = await db.paymentEvent.findMany({
    where: { outcome: "not_payable", source: { not: "admin" } },
    select: { orderId: true },
    orderBy: { createdAt: "desc" },
    take: limit * 5,
  });
  const [paid, late, pending] = await Promise.all([
    db.order.findMany({
      where: { status: "paid" },
      select: { ...orderSummarySelect, kind: true },
      orderBy: { createdAt: "desc" },
      take: limit,
    }),
    db.order.findMany({
      where: { id: { in: [...new Set(lateEvents.map((event) => event.orderId))] }, status: { in: ["expired", "cancelled"] } },
      select: orderSummarySelect,
      orderBy: { createdAt: "desc" },
      take: limit,
    }),
    db.order.count({ where: { status: "pending" } }),
  ]);
  return {
    orders: [
      ...paid.map((row) => ({
        ...orderSummaryDto(row),
        // A manual-delivery order waits for the operator by design; any other paid order is stuck.
        reason: row.kind === "manual" ? ("awaiting_delivery" as const) : ("paid_undelivered" as const),
      })),
      ...late.map((row) => ({ ...orderSummaryDto(row), reason: "late_payment" as const })),
    ].slice(0, limit),
    pending,
  };
}
