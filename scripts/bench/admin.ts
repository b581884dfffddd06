// npm run bench:admin — the operator's figures (a measurement, not a test), on a fresh
// database per engine with the production build:
//  - console queries (dashboard and order list with filters and paging) over 100,000 orders,
//    timed through the lib/ functions the pages call (median of 7 after a warm-up);
//  - a 100,000-line stock import end to end: POST /api/admin/products/:id/stock over HTTP,
//    from the first byte sent to the answer, with a shopper's request every 50 ms meanwhile
//    (the longest it waited), then the same file again (all duplicates).
// SQLite always; PostgreSQL too when reachable (BENCH_POSTGRES_URL). SKIP_BUILD=1 reuses .next.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";
import { startBenchServer } from "./bench-server";

const LINES = Number(process.env.BENCH_IMPORT_LINES ?? 100_000);
const engines = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",");
const postgresAdmin = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const PORT = 3902;
const base = `http://127.0.0.1:${PORT}`;

async function importOnce(productId: string, token: string, text: string) {
  const started = performance.now();
  const response = await fetch(`${base}/api/admin/products/${productId}/stock`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "text/plain; charset=utf-8" },
    body: text,
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { ms: Math.round(performance.now() - started), status: response.status, body };
}

/**
 * While `work` runs, a shopper's request (GET /api/health) every 50 ms, one at a time: how
 * long the longest waited for its answer, so an import that holds the server shows.
 */
async function longestWaitDuring<T>(work: Promise<T>): Promise<T & { healthLongestMs: number; healthRequests: number }> {
  let done = false;
  let longest = 0;
  let requests = 0;
  const shopper = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      longest = Math.max(longest, performance.now() - started);
      requests++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const result = await work.finally(() => (done = true));
  await shopper;
  return { ...result, healthLongestMs: Math.round(longest), healthRequests: requests };
}

async function run(engine: string, databaseUrl: string) {
  const env = {
    DATABASE_URL: databaseUrl,
    STOCKLINE_DATA_DIR: "./data/bench",
    STOCKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(16).toString("hex"),
  };
  const prepared = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/admin-prepare.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (prepared.status !== 0) throw new Error(`preparing the ${engine} database failed`);
  const data = JSON.parse(prepared.stdout.trim().split("\n").at(-1)!) as {
    token: string;
    productId: string;
    orders: number;
    seedMs: number;
    queries: Record<string, number>;
  };
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const server = await startBenchServer(PORT, env, profile);
  try {
    const text = Array.from(
      { length: LINES },
      (_, i) => `bench-import-${i}@example.com----${randomBytes(6).toString("hex")}----note-${i}`,
    ).join("\n");
    const first = await longestWaitDuring(importOnce(data.productId, data.token, text));
    const again = await importOnce(data.productId, data.token, text);
    return {
      engine,
      orders: data.orders,
      seedMs: data.seedMs,
      queries: data.queries,
      import: { lines: LINES, megabytes: Math.round((Buffer.byteLength(text) / 1024 / 1024) * 10) / 10, first, again },
    };
  } finally {
    server.kill("SIGTERM");
  }
}

if (!process.env.SKIP_BUILD) {
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}
mkdirSync("data/bench", { recursive: true });
const results = [];
if (engines.includes("sqlite")) {
  const file = `data/bench/admin-${process.pid}.db`;
  try {
    results.push(await run("SQLite", `file:./${file}`));
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
}
if (engines.includes("postgresql")) {
  const admin = new pg.Client({ connectionString: postgresAdmin });
  if (
    await admin.connect().then(
      () => true,
      () => false,
    )
  ) {
    const name = `stockline_bench_admin_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresAdmin);
    url.pathname = `/${name}`;
    try {
      results.push(await run("PostgreSQL", url.toString()));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.warn("PostgreSQL not reachable: skipped");
  }
}

for (const result of results) {
  console.log(`\n== ${result.engine}: ${result.orders.toLocaleString("en")} orders (seeded in ${result.seedMs} ms)`);
  for (const [name, ms] of Object.entries(result.queries)) console.log(`  ${name.padEnd(52)} ${ms} ms`);
  const { first, again, lines, megabytes } = result.import;
  console.log(
    `  stock import, ${lines.toLocaleString("en")} lines (${megabytes} MB) over HTTP: ${first.ms} ms ${JSON.stringify(first.body)}`,
  );
  console.log(`  meanwhile GET /api/health every 50 ms: the longest waited ${first.healthLongestMs} ms (${first.healthRequests} requests)`);
  console.log(`  the same file again (all duplicates):                ${again.ms} ms ${JSON.stringify(again.body)}`);
}
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/admin-latest.json",
  JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, node: process.version, results }, null, 2),
);
