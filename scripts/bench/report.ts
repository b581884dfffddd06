// The bench's figures: what bench-results/latest.json holds, the medians and spreads over the
// runs, and the two Markdown renderings (the full report `npm run bench` prints, and the
// README's table `npm run bench:readme` writes between its markers).
import type { WrkFigures } from "./wrk";

export const CEILING = "GET /api/health (ceiling)";
export const BALANCE = "POST /api/orders/create, balance, 16 clients";
export const CRYPTO = "POST /api/orders/create, crypto guest order, 16 clients";
/**
 * A path no route serves: the API's catch-all route answers its JSON 404 and does nothing
 * else. No target: it is what the framework allows a path matched by a pattern. One product and
 * the status poll no longer stand on it: the production server hands them to Next as static
 * paths (lib/http/static-twins.ts), and this row shows what that spares them.
 */
export const DYNAMIC_FLOOR = "GET /api/<no such path> (JSON 404: a dynamic path, no work)";
/**
 * The catalogue and one product as Next's routes answer them (a query on the path): the server
 * answers both itself before Next otherwise (lib/http/front-door-answers.ts). No target: they
 * show what the framework allows the same answers, as under `next dev` or for a first request.
 */
export const THROUGH_NEXT_CATALOGUE = "GET /api/products?through=next (Next's route)";
export const THROUGH_NEXT_PRODUCT = "GET /api/products/:idOrSlug?through=next (Next's route)";
/** The status poll an open payment page makes (the other status row polls a completed order with its items). */
export const PENDING_STATUS = "GET /api/orders/:id/status?token (pending crypto order)";

/** Issue 13's targets, as ratios to the ceiling; the pages have none yet. */
export const TARGETS: Record<string, { sqlite: number; postgresql: number }> = {
  "GET /api/products": { sqlite: 1.0, postgresql: 1.0 },
  "GET /api/products/:idOrSlug": { sqlite: 0.9, postgresql: 0.9 },
  "GET /api/orders/:id/status?token": { sqlite: 0.8, postgresql: 0.8 },
  [PENDING_STATUS]: { sqlite: 0.8, postgresql: 0.8 },
  [BALANCE]: { sqlite: 0.3, postgresql: 0.2 },
  [CRYPTO]: { sqlite: 0.3, postgresql: 0.2 },
};

/**
 * One route in one run; `ceilingRps` is the ceiling's rate just before and just after the route.
 * `mainThreadRatio`: the ceiling's main-thread CPU per request (just before and after) over the
 * route's, the same ratio with the machine's other tenants left out (absent from runs before
 * 2026-12-07).
 */
export type Row = WrkFigures & {
  name: string;
  connections: number;
  seconds: number;
  ratio: number;
  ceilingRps: number;
  mainThreadRatio?: number;
};

/** The server's main-thread CPU per answered request, in µs. */
export const mainThreadPerRequest = (figures: Pick<WrkFigures, "serverMainCpu" | "requests">) =>
  (figures.serverMainCpu / Math.max(1, figures.requests)) * 1e6;
export type Oversell = { ok: boolean; sold: number; completedOrders: number; mismatched: number; balanceOk: boolean };
export type Chain = { orders: number; transfers: number; setupMs: number; matchMs: number; replayMs: number; ok: boolean; error?: string };
export type EngineResult = {
  engine: "sqlite" | "postgresql";
  label: string;
  seed: { ms: number; fixturesMs: number; bulkSeedMs: number; orders: number; items: number; sold: number; orderStock: number };
  runs: { rows: Row[]; oversell: Oversell }[];
  chain: Chain;
};
export type BenchResults = {
  at: string;
  machine: { cpu: string; cores: number; node: string; platform: string };
  settings: {
    seconds: number;
    warmSeconds: number;
    runs: number;
    orders: number;
    stockItems: number;
    /** The Accept-Encoding every request sent (BENCH_ACCEPT_ENCODING); absent: none. */
    acceptEncoding?: string;
    serverEnv: Record<string, string>;
  };
  results: EngineResult[];
};

export type Spread = { median: number; min: number; max: number };
export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** Per route: medians and min–max over the runs. */
export function summarise(result: EngineResult) {
  const names = result.runs[0]?.rows.map((row) => row.name) ?? [];
  return names.map((name) => {
    const rows = result.runs.map((run) => run.rows.find((row) => row.name === name)!);
    const of = (pick: (row: Row) => number) => spread(rows.map(pick));
    return {
      name,
      connections: rows[0]!.connections,
      rps: of((row) => row.rps),
      ratio: of((row) => row.ratio),
      p50: of((row) => row.p50),
      p99: of((row) => row.p99),
      errors: rows.reduce((sum, row) => sum + row.errors, 0),
      // Shares of one core: the load generator's, and the server's (2.0 would be both cores).
      wrkCores: of((row) => row.wrkCpu / row.seconds),
      serverCores: of((row) => row.serverCpu / row.seconds),
      // Only from runs that measured it.
      mainThread: rows.every((row) => row.mainThreadRatio !== undefined && row.serverMainCpu !== undefined)
        ? { perRequest: of(mainThreadPerRequest), ratio: of((row) => row.mainThreadRatio!) }
        : undefined,
      target: TARGETS[name]?.[result.engine],
    };
  });
}

const ratioText = (s: Spread, runs: number) =>
  runs > 1 ? `${s.median.toFixed(2)}x (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : `${s.median.toFixed(2)}x`;
const rpsText = (s: Spread, runs: number) =>
  runs > 1 ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : s.median.toFixed(0);
const ms = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

export function machineLine(bench: BenchResults): string {
  const { machine, settings } = bench;
  return (
    `${bench.at.slice(0, 10)}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}; ` +
    `${settings.runs} run${settings.runs === 1 ? "" : "s"} of ${settings.seconds} s per route (after ${settings.warmSeconds} s of warm-up), ` +
    `each against the ceiling just before and just after it, ` +
    `${settings.orders.toLocaleString("en")} orders and ${settings.stockItems.toLocaleString("en")} stock items seeded` +
    (settings.acceptEncoding ? `; every request sent \`Accept-Encoding: ${settings.acceptEncoding}\`` : "")
  );
}

const chainText = (chain: Chain) =>
  chain.error
    ? `FAILED (${chain.error})`
    : `${chain.transfers} final transfers against ${chain.orders} pending orders on 2 addresses in ${chain.matchMs} ms ` +
      `(${((chain.transfers / Math.max(1, chain.matchMs)) * 1000).toFixed(0)} transfers/s: recorded, matched, delivered); read again: ` +
      `${chain.replayMs} ms; ${chain.ok ? "each paid order delivered once, the others still pending" : "FAILED"}`;

/** The full report: every route of every engine, with spreads, latencies and CPU. */
export function fullReport(bench: BenchResults): string {
  const lines = [`Machine and settings: ${machineLine(bench)}.`, `Bench server environment: ${formatEnv(bench.settings.serverEnv)}.`, ""];
  for (const result of bench.results) {
    const runs = result.runs.length;
    lines.push(
      `### ${result.label}`,
      "",
      `Seeding: ${(result.seed.ms / 1000).toFixed(1)} s (${result.seed.orders} orders, ${result.seed.items} items of which ${result.seed.sold} sold; ` +
        `bulk part ${(result.seed.bulkSeedMs / 1000).toFixed(1)} s); each order product holds ${result.seed.orderStock} items.`,
      "",
      "| route | conns | req/s median (min–max) | ratio to ceiling | target | p50 / p99 ms | errors | wrk CPU | server CPU | main thread µs/request | ratio by main thread |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const row of summarise(result)) {
      lines.push(
        `| ${row.name} | ${row.connections} | ${rpsText(row.rps, runs)} | ${ratioText(row.ratio, runs)} | ${row.target ? `>= ${row.target}x` : ""} | ` +
          `${ms(row.p50.median)} / ${ms(row.p99.median)} | ${row.errors} | ${(row.wrkCores.median * 100).toFixed(0)} % | ${(row.serverCores.median * 100).toFixed(0)} % | ` +
          `${row.mainThread ? rpsText(row.mainThread.perRequest, runs) : ""} | ${row.mainThread ? ratioText(row.mainThread.ratio, runs) : ""} |`,
      );
    }
    const oversell = result.runs.map((run) => run.oversell);
    lines.push(
      "",
      `Oversell check after each balance run: ${oversell.every((check) => check.ok) ? "passed" : "FAILED"} ` +
        `(${oversell.map((check) => `${check.completedOrders} orders, ${check.sold} items sold, ledger ${check.balanceOk ? "adds up" : "WRONG"}`).join("; ")})`,
      "",
      `Crypto matching: ${chainText(result.chain)} (setup ${result.chain.setupMs} ms).`,
      "",
    );
  }
  lines.push(
    "CPU: share of one core used during the measured seconds (wrk: its user + system time; server: /proc/<pid>/stat).",
    "Main thread: the server's main thread's CPU time (/proc/<pid>/task/<pid>/stat) per answered request; its ratio is the ceiling's " +
      "(just before and after) over the route's, the ratio to the ceiling without the time the machine gave to others.",
  );
  return lines.join("\n");
}

const formatEnv = (env: Record<string, string>) =>
  Object.entries(env)
    .map(([name, value]) => `${name}=${value}`)
    .join(", ");

/** The README's table: one column per engine, ratio (median and spread) then req/s and latency. */
export function readmeTable(bench: BenchResults): string {
  const engines = bench.results;
  const summaries = engines.map((result) => new Map(summarise(result).map((row) => [row.name, row])));
  const names = engines[0] ? summarise(engines[0]).map((row) => row.name) : [];
  const lines = [
    `Measured ${machineLine(bench)}. Median of the runs, the spread in brackets; the load generator (wrk, one thread) used ` +
      engines
        .map((result, index) => {
          const cores = [...summaries[index]!.values()].map((row) => row.wrkCores.median);
          return `${(Math.max(...cores) * 100).toFixed(0)} % of a core at most on ${result.label}`;
        })
        .join(", ") +
      ".",
    "",
    `| route | target (SQLite / PostgreSQL) | ${engines.map((result) => result.label).join(" | ")} |`,
    `|---|---:|${engines.map(() => "---:").join("|")}|`,
  ];
  for (const name of names) {
    const target = TARGETS[name];
    const cells = summaries.map((summary, index) => {
      const row = summary.get(name);
      if (!row) return "";
      const runs = engines[index]!.runs.length;
      const base =
        name === CEILING ? `${rpsText(row.rps, runs)} req/s` : `${ratioText(row.ratio, runs)}, ${row.rps.median.toFixed(0)} req/s`;
      const mainThread = row.mainThread
        ? `; main thread ${row.mainThread.perRequest.median.toFixed(0)} µs/request` +
          (name === CEILING ? "" : `, ${ratioText(row.mainThread.ratio, runs)} by it`)
        : "";
      return `${base}, p50/p99 ${ms(row.p50.median)}/${ms(row.p99.median)} ms${row.errors ? `, ${row.errors} errors` : ""}${mainThread}`;
    });
    const targetText = target
      ? target.sqlite === target.postgresql
        ? `>= ${target.sqlite}x`
        : `>= ${target.sqlite}x / >= ${target.postgresql}x`
      : "";
    lines.push(`| ${name} | ${targetText} | ${cells.join(" | ")} |`);
  }
  lines.push(
    `| oversell check | | ${engines.map((result) => (result.runs.every((run) => run.oversell.ok) ? "passed" : "FAILED")).join(" | ")} |`,
    "",
    ...engines.map((result) => `Crypto matching on ${result.label}: ${chainText(result.chain)}.`),
  );
  return lines.join("\n");
}
