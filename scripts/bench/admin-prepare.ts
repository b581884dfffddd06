// Child of `npm run bench:admin`: migrate a fresh database, make an operator with an API token
// and a product, write ORDERS orders spread over the last 30 days (raw multi-row inserts: this
// is fixture data, not the shop's order path), then time the console's queries on them through
// the same lib/ functions the pages call. Prints JSON.
import { randomBytes, randomUUID } from "node:crypto";
import { Prisma } from "../../lib/generated/sqlite/client";
import { migrate } from "../../lib/db/migrate";
import { db } from "../../lib/db";
import { registerUser } from "../../lib/auth/users";
import { issueApiToken } from "../../lib/auth/api-tokens";
import { hashToken } from "../../lib/crypto/tokens";
import { dashboardFigures, ordersNeedingAttention, stockAlerts } from "../../lib/admin/dashboard";
import { listAdminOrders } from "../../lib/admin/orders/order-list";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const DAY_MS = 24 * 60 * 60 * 1000;
const METHODS = ["crypto", "balance_cny", "balance_crypto"] as const;
const STATUSES = ["completed", "completed", "completed", "expired", "pending", "cancelled", "refunded"] as const;

await migrate(process.env.DATABASE_URL!);
const admin = await registerUser(
  { email: `bench-admin-${randomBytes(3).toString("hex")}@example.com`, password: randomBytes(12).toString("hex") },
  "admin",
);
const { token } = await issueApiToken(admin.id, "bench");
const products = await Promise.all(
  Array.from({ length: 5 }, (_, i) =>
    db.product.create({
      data: {
        slug: `bench-admin-${i}-${randomBytes(3).toString("hex")}`,
        nameZh: `压测 ${i}`,
        nameEn: `Bench ${i}`,
        priceFen: 1_000n + BigInt(i),
      },
    }),
  ),
);

const now = Date.now();
const seedStarted = Date.now();
const tokenHash = hashToken("bench-order-token");
const CHUNK = 500;
for (let start = 0; start < ORDERS; start += CHUNK) {
  const rows = [];
  for (let i = start; i < Math.min(start + CHUNK, ORDERS); i++) {
    const createdAt = new Date(now - Math.floor((i / ORDERS) * 30 * DAY_MS) - (i % 997) * 1000);
    const status = STATUSES[i % STATUSES.length]!;
    const method = METHODS[i % METHODS.length]!;
    const paid = status === "completed" || status === "refunded";
    const amount = BigInt(1_000 + (i % 50) * 100);
    rows.push(
      Prisma.sql`(${randomUUID()}, ${`GS${String(i).padStart(10, "0")}BNCH`}, ${products[i % products.length]!.id}, ${1}, ${amount}, ${0n}, ${amount}, 'CNY', ${method},
        ${`buyer${i % 20_000}@example.com`}, '----', ${tokenHash}, ${status}, ${new Date(createdAt.getTime() + 15 * 60_000)}, ${createdAt},
        ${paid ? createdAt : null}, ${paid ? createdAt : null})`,
    );
  }
  await db.$executeRaw`
    INSERT INTO "orders" ("id", "orderNo", "productId", "quantity", "unitPriceFen", "discountFen", "amountFen", "currency", "paymentMethod",
      "contactEmail", "delimiter", "accessTokenHash", "status", "expiresAt", "createdAt", "paidAt", "completedAt")
    VALUES ${Prisma.join(rows)}`;
}
const seedMs = Date.now() - seedStarted;

/** Median of `runs` timings (ms) of one query, after one warm-up run. */
async function time(run: () => Promise<unknown>, runs = 7): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(runs / 2)]! * 10) / 10;
}

const page1 = await listAdminOrders({ limit: 50 });
const deepCursor = (await listAdminOrders({ limit: 100, status: "completed", cursor: undefined })).next_cursor ?? undefined;
const queries = {
  "dashboard: revenue and orders by method, 30 days": await time(() => dashboardFigures()),
  "dashboard: stock alerts": await time(() => stockAlerts()),
  "dashboard: orders needing attention": await time(() => ordersNeedingAttention()),
  "orders: newest 50": await time(() => listAdminOrders({ limit: 50 })),
  "orders: next page (cursor)": await time(() => listAdminOrders({ limit: 50, cursor: page1.next_cursor ?? undefined })),
  "orders: status=completed, page 2": await time(() => listAdminOrders({ limit: 50, status: "completed", cursor: deepCursor })),
  "orders: by email": await time(() => listAdminOrders({ limit: 50, email: "buyer1234@example.com" })),
  "orders: by order number": await time(() => listAdminOrders({ limit: 50, order_no: "GS0000054321BNCH" })),
  "orders: product + date range": await time(() =>
    listAdminOrders({ limit: 50, product_id: products[2]!.id, from: new Date(now - 10 * DAY_MS), to: new Date(now - 5 * DAY_MS) }),
  ),
  "orders: method=balance_crypto": await time(() => listAdminOrders({ limit: 50, method: "balance_crypto" })),
};
await db.$disconnect();
console.log(JSON.stringify({ token, productId: products[0]!.id, orders: ORDERS, seedMs, queries }));
