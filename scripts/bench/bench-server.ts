// What the benches share: the production server as they run it (the build's server bundle on
// 127.0.0.1:port, its stdout dropped and its stderr shown, answering GET /api/health within a
// minute), its environment, the seeding child and a fresh PostgreSQL database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { serverCommand } from "../server-bundle";

// The crypto run sends each order from its own address (X-Forwarded-For, trusted for one hop)
// and email, as many buyers would; the unpaid-order limits are raised as far as they go so a
// burst of one run's orders is never refused by them. No chain watchers: there is no chain
// to watch here (they would poll the providers' public URLs), and the matching section
// measures the watcher's work against a fake chain on its own.
export const BENCH_SERVER_ENV = {
  UNPAID_ORDER_LIMIT_PER_IP: "10000",
  UNPAID_ORDER_LIMIT_PER_EMAIL: "10000",
  TRUST_PROXY_HOPS: "1",
  CRYPTO_POLL_SECONDS: "0",
};

/** The seeding child's and the server's environment for a bench database: a key of its own each time. */
export function benchEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    STOCKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    STOCKLINE_DATA_DIR: "./data/bench",
    ...BENCH_SERVER_ENV,
  };
}

/** What scripts/bench/prepare.ts seeded, as it prints it. */
export type Prepared = {
  productId: string;
  buyerId: string;
  token: string;
  orderStock: number;
  cryptoProductId: string;
  productPagePath: string;
  productApiPath: string;
  status: string;
  seeded: { orders: number; items: number; sold: number };
  fixturesMs: number;
  bulkSeedMs: number;
};

/** Runs scripts/bench/<script> in a child process and parses the JSON line it prints last. */
export function benchChild<T>(script: string, env: Record<string, string>, args: string[] = []): T {
  const out = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/bench/${script}`, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`scripts/bench/${script} failed`);
  return JSON.parse(out.stdout.trim().split("\n").at(-1)!) as T;
}

/** A new, empty database `name` on the server of `adminUrl` (dropped first); null when the server does not answer. */
export async function freshPostgresDatabase(adminUrl: string, name: string): Promise<{ url: string; version: string } | null> {
  const admin = new pg.Client({ connectionString: adminUrl });
  if (
    !(await admin.connect().then(
      () => true,
      () => false,
    ))
  )
    return null;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version.split(/[ .]/)[0]!;
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), version };
}

export async function startBenchServer(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...nodeArgs, ...(await serverCommand())], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  server.kill();
  throw new Error("bench server did not start");
}
