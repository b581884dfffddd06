// npm run bench:mixed — the catalogue while orders stream in: 32 clients read GET /api/products
// while 16 others place balance orders, for BENCH_SECONDS (12), on each engine's database
// seeded as `npm run bench` seeds it (BENCH_STOCK_ITEMS, BENCH_ORDERS; BENCH_DATABASES,
// BENCH_POSTGRES_URL), then the catalogue alone for scale. `npm run bench` measures one route
// at a time; this is what a shopper browsing a busy shop gets: when every order dropped this
// instance's copy of the catalogue, each catalogue request waited for a whole count of the
// stock. After the run, the stock the catalogue shows is checked against the items sold.
// A measurement, not a test; production build (SKIP_BUILD=1 reuses .next).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import { ensureWrk, settle, wrk, type WrkFigures } from "./wrk";
import { benchChild, benchEnv, freshPostgresDatabase, startBenchServer, type Prepared } from "./bench-server";
import type { Oversell } from "./report";

const seconds = Number(process.env.BENCH_SECONDS ?? 12);
const engines = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",");
const postgresAdmin = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const PORT = 3901;
const base = `http://127.0.0.1:${PORT}`;

const figures = (name: string, run: WrkFigures) =>
  `  ${name.padEnd(34)} ${run.rps.toFixed(0).padStart(7)}/s  p50 ${run.p50.toFixed(1).padStart(7)} ms  p99 ${run.p99.toFixed(1).padStart(7)} ms  errors ${run.errors}`;

async function mixed(label: string, databaseUrl: string): Promise<boolean> {
  const env = benchEnv(databaseUrl);
  console.log(`${label}: seeding`);
  const data = benchChild<Prepared>("prepare.ts", env);
  const server = await startBenchServer(PORT, env);
  try {
    const pid = server.pid!;
    const order = {
      path: "/api/orders/create",
      method: "POST" as const,
      headers: { "content-type": "application/json", authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ productId: data.productId, quantity: 1, contactEmail: "bench@example.com", paymentMethod: "balance_cny" }),
      connections: 16,
      seconds,
    };
    const catalogue = { path: "/api/products", connections: 32, seconds };
    // Warm: both routes compiled and the catalogue counted once.
    await wrk(base, { ...catalogue, seconds: 2 }, pid);
    await wrk(base, { ...order, seconds: 2 }, pid);
    await settle(pid);
    const [reads, orders] = await Promise.all([wrk(base, catalogue, pid), wrk(base, order, pid)]);
    await settle(pid);
    const alone = await wrk(base, catalogue, pid);
    const check = benchChild<Oversell>("check.ts", env, [data.productId, data.buyerId, String(data.orderStock)]);
    const listed = (await (await fetch(`${base}/api/products`)).json()) as { products: { id: string; stock: number }[] };
    const shown = listed.products.find((product) => product.id === data.productId)?.stock;
    const left = data.orderStock - check.sold;
    console.log(`${label} (${data.seeded.items.toLocaleString("en")} stock items, ${data.seeded.orders.toLocaleString("en")} orders):`);
    console.log(figures("GET /api/products, under orders", reads));
    console.log(figures("POST /api/orders/create (balance)", orders));
    console.log(figures("GET /api/products, alone", alone));
    console.log(`  the catalogue shows ${shown} left of the product sold; ${left} are (oversell check ${check.ok ? "passed" : "FAILED"})`);
    return check.ok && shown === left;
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

ensureWrk();
if (!process.env.SKIP_BUILD && spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
console.log(
  `${new Date().toISOString()}, ${os.cpus()[0]?.model.trim()} × ${os.cpus().length}, Node ${process.version}, ${seconds} s a run`,
);
let ok = true;
mkdirSync("data/bench", { recursive: true });
if (engines.includes("sqlite")) {
  const file = "data/bench/mixed.db";
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  ok = (await mixed("SQLite", `file:./${file}`)) && ok;
}
if (engines.includes("postgresql")) {
  const database = await freshPostgresDatabase(postgresAdmin, "stockline_bench_mixed");
  if (database) ok = (await mixed(`PostgreSQL ${database.version}`, database.url)) && ok;
  else console.warn("PostgreSQL not reachable: SQLite only");
}
process.exit(ok ? 0 : 1);
