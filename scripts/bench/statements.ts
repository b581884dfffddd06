// npm run bench:statements — where the order path's time goes, in statements: what each hot
// route does is run in this process (no HTTP) against a fresh database of DATABASE_URL's
// engine, and every SQL statement it sends is counted (lib/db/statement-count.ts). Each
// route is run a few times first, so the figure is a warm request's.
//   DATABASE_URL=file:./data/bench/statements.db npm run bench:statements [-- --sql]
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

process.env.STOCKLINE_COUNT_STATEMENTS = "1";
process.env.STOCKLINE_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.UNPAID_ORDER_LIMIT_PER_IP = "10000";

const { migrate } = await import("../../lib/db/migrate");
const { takeStatements } = await import("../../lib/db/statement-count");
const { prepareBenchData } = await import("./fixtures");
const { db } = await import("../../lib/db");
const { listProducts, getProductOrThrow } = await import("../../lib/catalog/catalog");
const { orderStatus } = await import("../../lib/orders/order-views");
const { placeOrder } = await import("../../lib/orders/place-order");
const { authenticateBearer } = await import("../../lib/auth/api-tokens");

await migrate(process.env.DATABASE_URL!);
const data = await prepareBenchData();
// As the server does at start-up (instrumentation.ts): on SQLite, WAL checkpoints run in a
// worker thread, not in the commits measured here.
const { startSharedWalCheckpointer } = await import("../../lib/db/wal-checkpointer");
startSharedWalCheckpointer(process.env.DATABASE_URL!);
const showSql = process.argv.includes("--sql");
let guest = 0;
const TIMED_CALLS = Number(process.env.TIMED_CALLS ?? 300);

// What each route handler does after the wrapper (lib/api/with-api.ts) has parsed the request;
// the wrapper's own statement is the bearer token's lookup, included for the balance order.
// (The handlers themselves cannot be imported outside Next: the wrapper reaches next-auth.)
async function balanceOrder() {
  const user = await authenticateBearer(`Bearer ${data.token}`);
  return placeOrder(
    { productId: data.productId, quantity: 1, contactEmail: "bench@example.com", paymentMethod: "balance_cny" },
    { userId: user!.id, clientIp: "127.0.0.1" },
    null,
  );
}
const cryptoOrder = () =>
  placeOrder(
    { productId: data.productId, quantity: 1, contactEmail: `guest${++guest}@example.com`, paymentMethod: "crypto", coin: "trc20_usdt" },
    { userId: null, clientIp: "127.0.0.1" },
    null,
  );

const first = (await balanceOrder()) as { order: { id: string }; access_token: string };

const routes: { name: string; run: () => Promise<unknown> }[] = [
  { name: "GET /api/products", run: () => listProducts() },
  { name: "GET /api/products/:id", run: () => getProductOrThrow(data.sampleProductId) },
  { name: "GET /api/orders/:id/status?token", run: () => orderStatus(first.order.id, first.access_token) },
  { name: "POST /api/orders/create (balance)", run: balanceOrder },
  { name: "POST /api/orders/create (crypto, guest)", run: cryptoOrder },
];

/**
 * The main thread's CPU time so far in ms (Linux; undefined elsewhere). Unlike the wall clock
 * it leaves out the time the machine gave to others (these machines are shared and noisy),
 * and it is what bounds an instance's requests per second: its one event loop.
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 a second)
  } catch {
    return undefined;
  }
}

const engine = process.env.DATABASE_URL!.startsWith("file:") ? "SQLite" : "PostgreSQL";
console.log(`\nStatements per warm request on ${engine} (BEGIN/COMMIT included):\n`);
console.log("| route | statements | round trips | in a transaction | ms per call, in process | main thread CPU ms per call |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const route of routes) {
  for (let i = 0; i < 3; i++) await route.run();
  takeStatements();
  await route.run();
  const statements = takeStatements();
  const begin = statements.findIndex((sql) => sql.startsWith("BEGIN"));
  const end = statements.findIndex((sql) => sql === "COMMIT" || sql === "ROLLBACK");
  // A statement recorded with "+ " went in one message with another (lib/db/statement-count.ts).
  const roundTrips = statements.filter((sql) => !sql.startsWith("+ ")).length;
  const started = performance.now();
  const cpuBefore = mainThreadCpuMs();
  for (let i = 0; i < TIMED_CALLS; i++) await route.run();
  const ms = (performance.now() - started) / TIMED_CALLS;
  const cpuAfter = mainThreadCpuMs();
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? "" : ((cpuAfter - cpuBefore) / TIMED_CALLS).toFixed(2);
  takeStatements();
  console.log(
    `| ${route.name} | ${statements.length} | ${roundTrips} | ${begin === -1 ? 0 : end - begin + 1} | ${ms.toFixed(2)} | ${cpu} |`,
  );
  if (showSql) for (const sql of statements) console.log(`    ${sql.slice(0, 160)}`);
}
// What a transaction itself costs, without the order's work: the README's figure for
// Prisma's interactive transaction against the order path's own (lib/db/hot-transaction.ts).
const { transaction } = await import("../../lib/db");
const { hotTransaction } = await import("../../lib/db/hot-transaction");
const selects = (count: number) => async (tx: { $queryRaw: typeof db.$queryRaw }) => {
  for (let i = 0; i < count; i++) await tx.$queryRaw`SELECT 1`;
};
console.log("\n| transaction of raw `SELECT 1`s | ms per transaction |");
console.log("|---|---:|");
for (const [name, run] of [
  ["Prisma's interactive transaction, 1 statement", () => transaction(selects(1))],
  ["Prisma's interactive transaction, 4 statements", () => transaction(selects(4))],
  ["own transaction, 1 statement", () => hotTransaction(selects(1))],
  ["own transaction, 4 statements", () => hotTransaction(selects(4))],
] as const) {
  for (let i = 0; i < 5; i++) await run();
  const started = performance.now();
  for (let i = 0; i < TIMED_CALLS; i++) await run();
  console.log(`| ${name} | ${((performance.now() - started) / TIMED_CALLS).toFixed(2)} |`);
}
takeStatements();
await db.$disconnect();
