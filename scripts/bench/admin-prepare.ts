// Child of `npm run bench:admin`: migrate a fresh database, make an operator with an API token
// and a product, write ORDERS orders spread over the last 30 days, USERS accounts (the orders'
// buyers) and AUDIT audit entries (raw multi-row inserts: this is fixture data, not the shop's
// own paths), then time the console's queries on them (dashboard, order list, users search,
// audit log filters) through the same lib/ functions the pages call. Prints JSON.
import { randomBytes, randomUUID } from "node:crypto";
import { Prisma } from "../../lib/generated/sqlite/client";
import { migrate } from "../../lib/db/migrate";
import { db } from "../../lib/db";
import { registerUser } from "../../lib/auth/users";
import { issueApiToken } from "../../lib/auth/api-tokens";
import { hashToken } from "../../lib/crypto/tokens";
import { dashboardFigures, ordersNeedingAttention, stockAlerts } from "../../lib/admin/dashboard";
import { listAdminOrders } from "../../lib/admin/orders/order-list";
import { listUsers } from "../../lib/admin/users";
import { listAudit } from "../../lib/admin/audit";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const USERS = Number(process.env.BENCH_USERS ?? 20_000);
const AUDIT = Number(process.env.BENCH_AUDIT ?? 100_000);
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
// A pending order is one still payable: a shop's sweeper has expired the ones whose time ran out
// (seeded overdue, the server's first sweep expired 14,000 of them while the import was timed).
const expiresAt = (status: string, createdAt: Date) =>
  new Date(status === "pending" ? now + 60 * 60_000 : createdAt.getTime() + 15 * 60_000);
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
        ${`buyer${i % 20_000}@example.com`}, '----', ${tokenHash}, ${status}, ${expiresAt(status, createdAt)}, ${createdAt},
        ${paid ? createdAt : null}, ${paid ? createdAt : null})`,
    );
  }
  await db.$executeRaw`
    INSERT INTO "orders" ("id", "orderNo", "productId", "quantity", "unitPriceFen", "discountFen", "amountFen", "currency", "paymentMethod",
      "contactEmail", "delimiter", "accessTokenHash", "status", "expiresAt", "createdAt", "paidAt", "completedAt")
    VALUES ${Prisma.join(rows)}`;
}

// The orders' buyers as accounts (a few of them operators), newest last.
for (let start = 0; start < USERS; start += CHUNK) {
  const rows = [];
  for (let i = start; i < Math.min(start + CHUNK, USERS); i++) {
    const role = i % 2_000 === 0 ? "admin" : "customer";
    rows.push(
      Prisma.sql`(${randomUUID()}, ${`buyer${i}@example.com`}, 'bench-not-a-hash', ${role}, ${new Date(now - (USERS - i) * 60_000)})`,
    );
  }
  await db.$executeRaw`INSERT INTO "users" ("id", "email", "passwordHash", "role", "createdAt") VALUES ${Prisma.join(rows)}`;
}

// The audit log of a busy shop: three operators, common actions and rare ones, over 30 days.
const ACTIONS = [
  ["order.confirm", "order"],
  ["product.update", "product"],
  ["stock.import", "product"],
  ["user.balance", "user"],
  ["order.refund", "order"],
  ["coupon.create", "coupon"],
] as const;
const OPERATORS = ["ops-a@example.com", "ops-b@example.com", "ops-c@example.com"];
for (let start = 0; start < AUDIT; start += CHUNK) {
  const rows = [];
  for (let i = start; i < Math.min(start + CHUNK, AUDIT); i++) {
    // settings.update is rare (one in 5,000), the others share the rest.
    const [action, entityType] = i % 5_000 === 0 ? (["settings.update", "settings"] as const) : ACTIONS[i % ACTIONS.length]!;
    const entityId = entityType === "settings" ? "shop" : `entity-${i % 30_000}`;
    const actor = OPERATORS[i % 250 === 0 ? 2 : i % 2]!;
    rows.push(
      Prisma.sql`(${new Date(now - Math.floor(((AUDIT - i) / AUDIT) * 30 * DAY_MS))}, ${null}, ${actor}, '127.0.0.1', ${action}, ${entityType}, ${entityId},
        '{"status":"pending"}', '{"status":"completed"}')`,
    );
  }
  await db.$executeRaw`
    INSERT INTO "audit_entries" ("createdAt", "actorId", "actorEmail", "ip", "action", "entityType", "entityId", "before", "after")
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
  ...(await userQueries()),
  ...(await auditQueries()),
};

/** The users page: newest first, a search by part of the email (a substring: no index helps), its next page, admins. */
async function userQueries() {
  const users = await listUsers({ limit: 50 });
  const search = await listUsers({ limit: 50, q: "buyer1" });
  return {
    [`users (${USERS.toLocaleString("en")}): newest 50`]: await time(() => listUsers({ limit: 50 })),
    "users: next page (cursor)": await time(() => listUsers({ limit: 50, cursor: users.next_cursor ?? undefined })),
    "users: search 'buyer1' (many matches)": await time(() => listUsers({ limit: 50, q: "buyer1" })),
    "users: search 'buyer1', page 2": await time(() => listUsers({ limit: 50, q: "buyer1", cursor: search.next_cursor ?? undefined })),
    "users: search 'buyer12345' (one match)": await time(() => listUsers({ limit: 50, q: "buyer12345" })),
    "users: search with no match": await time(() => listUsers({ limit: 50, q: "nobody-here" })),
    "users: role=admin": await time(() => listUsers({ limit: 50, role: "admin" })),
  };
}

/** The audit page's filters: action, entity, actor, and paging. */
async function auditQueries() {
  const common = await listAudit({ limit: 50, action: "order.confirm" });
  return {
    [`audit (${AUDIT.toLocaleString("en")} entries): newest 50`]: await time(() => listAudit({ limit: 50 })),
    "audit: action=order.confirm (common)": await time(() => listAudit({ limit: 50, action: "order.confirm" })),
    "audit: action=order.confirm, page 2": await time(() =>
      listAudit({ limit: 50, action: "order.confirm", cursor: Number(common.next_cursor) || undefined }),
    ),
    "audit: action=settings.update (rare)": await time(() => listAudit({ limit: 50, action: "settings.update" })),
    "audit: one entity (type + id)": await time(() => listAudit({ limit: 50, entity_type: "order", entity_id: "entity-1234" })),
    "audit: actor (common)": await time(() => listAudit({ limit: 50, actor: OPERATORS[0]! })),
    "audit: actor (rare)": await time(() => listAudit({ limit: 50, actor: OPERATORS[2]! })),
    "audit: action + actor with no match": await time(() => listAudit({ limit: 50, action: "coupon.create", actor: "nobody@example.com" })),
  };
}
await db.$disconnect();
console.log(JSON.stringify({ token, productId: products[0]!.id, orders: ORDERS, seedMs, queries }));
