// The bench's load generator: wrk (Debian's package), one thread, so it takes a small share of
// a core and leaves the rest to the server. Each run gets a generated Lua script: the request
// (method, headers, body; a counter makes each crypto order's contact email and address its
// own) and a done() that prints the figures as one JSON line. The CPU wrk used comes from the
// shell's `times` (its children's user + system time); the server's from /proc/<pid>/stat, and
// its main thread's from /proc/<pid>/task/<pid>/stat.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type WrkRequest = {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A body per request: `%d` is replaced by the request's number (wrk's Lua string.format). */
  bodyTemplate?: string;
  /** Send X-Forwarded-For 10.x.y.z, one address per request (the server trusts one proxy hop). */
  ownAddress?: boolean;
  /** The status every answer must have (default: any below 400); any other counts as an error. */
  expectStatus?: number;
  connections: number;
  seconds: number;
};

export type WrkFigures = {
  requests: number;
  /** Seconds wrk measured for, and the rate over them. */
  duration: number;
  rps: number;
  p50: number;
  p99: number;
  /** Latency (ms) at each of QUANTILE_POINTS, so runs can be merged (mergedPercentile). */
  quantiles: number[];
  /** Answers with status >= 400 (or, with expectStatus, another status), plus socket errors and timeouts. */
  errors: number;
  /** CPU seconds wrk used, and the server, during the run. */
  wrkCpu: number;
  serverCpu: number;
  /**
   * CPU seconds of the server's main thread alone: the one thread every request's JavaScript
   * runs on, so its time per request bounds what one instance can answer. Unlike a rate, it
   * leaves out the time a shared machine gives to others.
   */
  serverMainCpu: number;
};

/** wrk from Debian's packages: installed here when missing and we are root, like .ci/run does for Chromium. */
export function ensureWrk(): void {
  if (spawnSync("sh", ["-c", "command -v wrk"], { stdio: "ignore" }).status === 0) return;
  if (process.getuid?.() === 0) {
    console.log("wrk is missing: installing Debian's package");
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null"], {
      stdio: "inherit",
    });
    return;
  }
  throw new Error("npm run bench needs wrk: install it with `sudo apt-get install -y wrk` (Debian/Ubuntu) and run again");
}

// The percentiles each wrk run reports (wrk keeps its histogram to itself): every whole one,
// the tail finer, and 100 (the slowest request).
export const QUANTILE_POINTS = [...Array.from({ length: 99 }, (_, i) => i + 1), 99.5, 99.9, 100];

/** p50 and p99 are two of the quantiles. */
export function percentilesOf(quantiles: number[]): Pick<WrkFigures, "p50" | "p99" | "quantiles"> {
  return { p50: quantiles[QUANTILE_POINTS.indexOf(50)]!, p99: quantiles[QUANTILE_POINTS.indexOf(99)]!, quantiles };
}

/**
 * The p-th percentile of several wrk runs' latencies together, from each run's percentiles
 * weighted by its requests: the lowest latency at which at least p % of all requests had
 * answered (to within QUANTILE_POINTS' spacing).
 */
export function mergedPercentile(runs: Pick<WrkFigures, "requests" | "quantiles">[], p: number): number {
  const total = runs.reduce((sum, run) => sum + run.requests, 0);
  const share = (run: Pick<WrkFigures, "quantiles">, latency: number) => {
    let below = 0;
    run.quantiles.forEach((value, i) => {
      if (value <= latency) below = QUANTILE_POINTS[i]!;
    });
    return below / 100;
  };
  const candidates = [...new Set(runs.flatMap((run) => run.quantiles))].sort((a, b) => a - b);
  return (
    candidates.find((latency) => runs.reduce((sum, run) => sum + run.requests * share(run, latency), 0) >= (p / 100) * total) ??
    candidates.at(-1) ??
    0
  );
}

// Each wrk run numbers its requests from its own million, so no two runs share an email.
let invocations = 0;
const lua = (value: string) => JSON.stringify(value); // a JSON string is a valid Lua string literal for what we send

function script(request: WrkRequest): string {
  const headers = Object.entries(request.headers ?? {})
    .map(([name, value]) => `wrk.headers[${lua(name)}] = ${lua(value)}`)
    .join("\n");
  const perRequest = request.bodyTemplate !== undefined || request.ownAddress;
  return `
wrk.method = ${lua(request.method ?? "GET")}
${request.body !== undefined ? `wrk.body = ${lua(request.body)}` : ""}
${headers}
${
  perRequest
    ? `
local counter = ${(invocations += 1_000_000)}
function request()
  counter = counter + 1
  -- wrk.format sends only the headers it is given: start from the script's own.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  ${request.ownAddress ? `headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(counter / 65536) % 256, math.floor(counter / 256) % 256, counter % 256)` : ""}
  return wrk.format(nil, nil, headers, ${request.bodyTemplate !== undefined ? `string.format(${lua(request.bodyTemplate)}, counter)` : "nil"})
end`
    : ""
}
${
  request.expectStatus !== undefined
    ? `
-- Answers with another status than the expected one, counted in the thread and summed in done().
unexpected = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function response(status, headers, body)
  if status ~= ${request.expectStatus} then unexpected = unexpected + 1 end
end`
    : ""
}
function done(summary, latency, requests)
  local e = summary.errors
  local quantiles = {}
  -- wrk's percentile(100) answers 0: the slowest request is latency.max.
  for i, p in ipairs({${QUANTILE_POINTS.join(", ")}}) do quantiles[i] = p < 100 and latency:percentile(p) or latency.max end
  io.write(string.format('BENCH_JSON {"requests":%d,"duration_us":%d,"errors":%d,"quantiles_us":[%s]}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + ${
      request.expectStatus !== undefined
        ? `(function() local n = 0 for _, t in ipairs(threads) do n = n + t:get("unexpected") end return n end)()`
        : "e.status"
    }, table.concat(quantiles, ",")))
end
`;
}

/** utime + stime (+ waited-for children) of a process, in seconds. */
export function processCpu(pid: number): number {
  return statTicks(`/proc/${pid}/stat`, [11, 12, 13, 14]) / clockTicks;
}

/** utime + stime of a process's main thread (the thread whose id is the process's), in seconds. */
export function mainThreadCpu(pid: number): number {
  return statTicks(`/proc/${pid}/task/${pid}/stat`, [11, 12]) / clockTicks;
}

// Fields 14-17 of proc(5), counted from 1, are 11-14 here: fields[0] is field 3 (after the name).
function statTicks(file: string, indexes: number[]): number {
  const stat = readFileSync(file, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return indexes.reduce((sum, index) => sum + Number(fields[index]), 0);
}
const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/**
 * Waits (at most 30 s) until the server is idle: less than 5 % of a core over a quarter of a
 * second. wrk leaves requests in flight when it stops, and the server would otherwise still
 * be answering them while the next run is measured.
 */
export async function settle(serverPid: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const before = processCpu(serverPid);
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (processCpu(serverPid) - before < 0.0125) return;
  }
}

/** Seconds of a `times` line such as "0m1.234s 0m0.567s" (user, system). */
const secondsOf = (line: string) =>
  line
    .trim()
    .split(/\s+/)
    .reduce((sum, part) => {
      const match = /^(\d+)m([\d.]+)s$/.exec(part);
      return sum + (match ? Number(match[1]) * 60 + Number(match[2]) : 0);
    }, 0);

/** One wrk run against base + request.path; the server's pid for its CPU. */
export async function wrk(base: string, request: WrkRequest, serverPid: number): Promise<WrkFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), "stockline-bench-"));
  const file = path.join(dir, "request.lua");
  writeFileSync(file, script(request));
  const args = ["-t1", `-c${request.connections}`, `-d${request.seconds}s`, "--timeout", "30s", "-s", file, base + request.path];
  await settle(serverPid);
  const serverBefore = processCpu(serverPid);
  const mainBefore = mainThreadCpu(serverPid);
  // `times` after wrk prints the CPU time of the shell's finished children: wrk's own.
  const child = spawn("bash", ["-c", 'wrk "$@"; status=$?; times; exit $status', "wrk", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const serverCpu = processCpu(serverPid) - serverBefore;
  const serverMainCpu = mainThreadCpu(serverPid) - mainBefore;
  rmSync(dir, { recursive: true, force: true });
  const json = out.split("\n").find((line) => line.startsWith("BENCH_JSON "));
  if (code !== 0 || !json) throw new Error(`wrk failed (exit ${code}) for ${request.path}:\n${out}`);
  const figures = JSON.parse(json.slice("BENCH_JSON ".length)) as {
    requests: number;
    duration_us: number;
    quantiles_us: number[];
    errors: number;
  };
  const timesLines = out.trim().split("\n").slice(-2);
  return {
    requests: figures.requests,
    duration: figures.duration_us / 1e6,
    rps: figures.requests / (figures.duration_us / 1e6),
    ...percentilesOf(figures.quantiles_us.map((us) => us / 1000)),
    errors: figures.errors,
    wrkCpu: secondsOf(timesLines[1] ?? ""),
    serverCpu,
    serverMainCpu,
  };
}
