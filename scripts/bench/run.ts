// npm run bench — a measurement, not a test. Production build, fresh seeded database, load
// from autocannon on 127.0.0.1. Each read route is reported as a ratio to GET /api/health
// (a constant body from the same build: the framework's ceiling on this machine), then
// balance-paid order creation at 16 concurrent clients, followed by the oversell check, and
// the crypto section: 1,000 chain transfers matched against 10,000 pending orders.
// SQLite always; PostgreSQL too when reachable (BENCH_POSTGRES_URL). Results go to
// stdout and bench-results/latest.json.
//   BENCH_SECONDS=10 (per route)  SKIP_BUILD=1 (reuse .next)  BENCH_DATABASES=sqlite,postgresql
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const engines = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",");
const postgresAdmin = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const PORT = 3900;
const base = `http://127.0.0.1:${PORT}`;

type Row = { name: string; rps: number; p50: number; p99: number; non2xx: number; ratio?: number };

async function load(
  path: string,
  options: { connections?: number; method?: "GET" | "POST"; body?: string; headers?: Record<string, string> } = {},
): Promise<Row> {
  const result = await autocannon({
    url: base + path,
    connections: options.connections ?? 32,
    duration: seconds,
    method: options.method ?? "GET",
    body: options.body,
    headers: options.headers,
  });
  return {
    name: path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

async function warm(path: string) {
  await autocannon({ url: base + path, connections: 8, duration: 2 });
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/http-server.ts"], {
    env: { ...process.env, ...env, PORT: String(PORT), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  server.kill();
  throw new Error("bench server did not start");
}

function prepare(env: Record<string, string>): {
  productId: string;
  buyerId: string;
  token: string;
  sampleProductId: string;
  status: string;
} {
  const out = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/prepare.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (out.status !== 0) throw new Error("bench data preparation failed");
  return JSON.parse(out.stdout.trim().split("\n").at(-1)!);
}

async function benchEngine(label: string, databaseUrl: string) {
  const env = {
    DATABASE_URL: databaseUrl,
    STOCKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    STOCKLINE_DATA_DIR: "./data/bench",
  };
  const data = prepare(env);
  const server = await startServer(env);
  try {
    const reads = [
      { name: "GET /api/health (ceiling)", path: "/api/health" },
      { name: "GET /api/products", path: "/api/products" },
      { name: "GET /api/products/:id", path: `/api/products/${data.sampleProductId}` },
      { name: "GET /api/orders/:id/status?token", path: data.status },
    ];
    const rows: Row[] = [];
    for (const read of reads) {
      await warm(read.path);
      rows.push({ ...(await load(read.path)), name: read.name });
    }
    const ceiling = rows[0]!.rps;
    for (const row of rows) row.ratio = row.rps / ceiling;

    const order = await load("/api/orders/create", {
      connections: 16,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ productId: data.productId, quantity: 1, contactEmail: "bench@example.com", paymentMethod: "balance_cny" }),
    });
    order.name = "POST /api/orders/create (balance, 16 clients)";
    order.ratio = order.rps / ceiling;
    rows.push(order);

    const check = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/bench/check.ts", data.productId, data.buyerId],
      {
        env: { ...process.env, ...env },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const oversell = JSON.parse(check.stdout.trim().split("\n").at(-1) ?? "{}");
    return { label, rows, oversell, chain: chainMatching(env) };
  } finally {
    server.kill("SIGTERM");
  }
}

/** The crypto section: 1,000 final transfers matched against 10,000 pending orders (scripts/bench/crypto-matching.ts). */
function chainMatching(env: Record<string, string>) {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/crypto-matching.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as {
    orders: number;
    transfers: number;
    setupMs: number;
    matchMs: number;
    replayMs: number;
    ok: boolean;
  };
}

if (!process.env.SKIP_BUILD) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

const results = [];
mkdirSync("data/bench", { recursive: true });
if (engines.includes("sqlite")) {
  const file = "data/bench/bench.db";
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  results.push(await benchEngine("SQLite", `file:./${file}`));
}
if (engines.includes("postgresql")) {
  const admin = new pg.Client({ connectionString: postgresAdmin });
  if (
    await admin.connect().then(
      () => true,
      () => false,
    )
  ) {
    await admin.query("DROP DATABASE IF EXISTS stockline_bench WITH (FORCE)");
    await admin.query("CREATE DATABASE stockline_bench");
    await admin.end();
    const url = new URL(postgresAdmin);
    url.pathname = "/stockline_bench";
    results.push(await benchEngine("PostgreSQL", url.toString()));
  } else {
    console.warn("PostgreSQL not reachable: SQLite only");
  }
}

const targets: Record<string, number> = {
  "GET /api/products": 0.8,
  "GET /api/products/:id": 0.8,
  "GET /api/orders/:id/status?token": 0.5,
  "POST /api/orders/create (balance, 16 clients)": 0.15,
};
const lines = [
  `Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}; ${seconds} s per route, 32 connections unless noted.`,
  "",
];
for (const result of results) {
  lines.push(
    `${result.label}`,
    "",
    "| route | req/s | p50 ms | p99 ms | ratio to ceiling | target | non-2xx |",
    "|---|---:|---:|---:|---:|---:|---:|",
  );
  for (const row of result.rows) {
    const target = targets[row.name];
    lines.push(
      `| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.ratio!.toFixed(2)}x | ${target ? `>= ${target}x` : ""} | ${row.non2xx} |`,
    );
  }
  lines.push(
    "",
    `Oversell check: ${result.oversell.ok ? "passed" : "FAILED"} (${result.oversell.completedOrders} orders, ${result.oversell.sold} items sold, none twice; ledger sums to balance: ${result.oversell.balanceOk})`,
    "",
  );
  const chain = result.chain;
  lines.push(
    `Crypto matching: ${chain.transfers} final transfers against ${chain.orders} pending orders on 2 addresses in ${chain.matchMs} ms ` +
      `(${((chain.transfers / chain.matchMs) * 1000).toFixed(0)} transfers/s: recorded, matched, delivered); read again: ${chain.replayMs} ms; ` +
      `${chain.ok ? "each paid order delivered once, the others still pending" : "FAILED"} (setup ${chain.setupMs} ms)`,
    "",
  );
}
console.log("\n" + lines.join("\n"));
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", JSON.stringify({ at: new Date().toISOString(), seconds, results }, null, 2));
process.exit(results.every((r) => r.oversell.ok && r.chain.ok) ? 0 : 1);
