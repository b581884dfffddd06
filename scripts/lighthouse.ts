// npm run lighthouse — a measurement, not a test. Production build (built if missing), a
// fresh SQLite database with the demo catalogue, Lighthouse's mobile preset in Debian's
// Chromium against the home page and a product page in both languages. Reports
// performance and accessibility (targets: >= 95 each, the median of a page's runs) and the
// JavaScript a first visit downloads. Each page is measured LIGHTHOUSE_RUNS times (default 3,
// the pages in turn), reported as the median with the spread: the score moves by several
// points from run to run here. Writes every run to bench-results/lighthouse.json; exits 1
// when a page's median misses a target.
import "./load-env";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer } from "../tests/support/server";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
/** Both targets, performance and accessibility: the median of each page's runs at or above this. */
const TARGET = 95;
const pages = ["/zh", "/en", "/zh/products/demo-mailbox-account", "/en/products/demo-mailbox-account"];

if (!existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`) || !process.env.SKIP_BUILD) {
  if (spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}

mkdirSync("data/bench", { recursive: true });
const file = "data/bench/lighthouse.db";
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const env = {
  DATABASE_URL: `file:./${file}`,
  STOCKLINE_DATA_DIR: "./data/bench",
  STOCKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  NEXT_TELEMETRY_DISABLED: "1",
};
const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts", "--demo"], {
  env: { ...process.env, ...env },
  stdio: ["ignore", "ignore", "inherit"],
});
if (seeded.status !== 0) process.exit(1);

const server = await startServer(env);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
const runs = Math.max(1, Math.floor(Number(process.env.LIGHTHOUSE_RUNS)) || 3);
type Row = {
  run: number;
  page: string;
  performance: number;
  accessibility: number;
  scriptKb: number;
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's own CPU benchmark of the machine during this run: the simulated slow phone is this machine slowed 4x, so a slow moment scores lower. */
  cpuIndex: number;
};
const rows: Row[] = [];
try {
  // One pass over the pages that is not recorded: a fresh Chromium's first page waits on the
  // browser's own start-up (frames held back for up to a second), and the server resizes each
  // picture once for each width asked (sharp, on both cores) before it serves it from its
  // cache. Neither is what a shopper meets on a running shop.
  for (const page of pages)
    await lighthouse(`${server.baseUrl}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  for (let run = 1; run <= runs; run++)
    for (const page of pages) {
      const result = await lighthouse(`${server.baseUrl}${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      if (!result) throw new Error(`no Lighthouse result for ${page}`);
      const { categories, audits } = result.lhr;
      const summary =
        (audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
      rows.push({
        run,
        page,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        scriptKb: Math.round((summary.find((item) => item.resourceType === "script")?.transferSize ?? 0) / 1024),
        lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
        tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        cpuIndex: Math.round(result.lhr.environment.benchmarkIndex),
      });
      // Where the main thread's time went (LIGHTHOUSE_DETAILS=1): what to look at when TBT grows.
      if (process.env.LIGHTHOUSE_DETAILS) {
        type Item = Record<string, string | number>;
        const items = (id: string) => ((audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []).slice(0, 6);
        console.log(`\n${page}: main thread by kind`);
        for (const item of items("mainthread-work-breakdown")) console.log(`  ${item.groupLabel}: ${Math.round(Number(item.duration))} ms`);
        console.log(`${page}: by script (total / scripting ms)`);
        for (const item of items("bootup-time"))
          console.log(
            `  ${String(item.url).replace(server.baseUrl, "")}: ${Math.round(Number(item.total))} / ${Math.round(Number(item.scripting))}`,
          );
        console.log(`${page}: long tasks`);
        for (const item of items("long-tasks"))
          console.log(`  ${String(item.url).replace(server.baseUrl, "")}: ${Math.round(Number(item.duration))} ms`);
        // The score's other metrics (simulated), and which element was the largest paint with
        // its phases as observed without throttling: what to look at when LCP grows.
        const metric = (id: string) => `${Math.round(audits[id]?.numericValue ?? 0)} (${Math.round((audits[id]?.score ?? 0) * 100)})`;
        console.log(
          `${page}: FCP ${metric("first-contentful-paint")} ms, Speed Index ${metric("speed-index")} ms, LCP ${metric("largest-contentful-paint")} ms, TBT ${metric("total-blocking-time")} ms, CLS ${(audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}`,
        );
        // As observed while loading, before the slow phone is simulated: a first frame that comes
        // late moves the simulated LCP, which counts every request made before it.
        const observed = ((audits.metrics?.details as { items?: Item[] } | undefined)?.items ?? [])[0] ?? {};
        console.log(
          `  observed: first paint ${observed.observedFirstPaint} ms, FCP ${observed.observedFirstContentfulPaint} ms, LCP ${observed.observedLargestContentfulPaint} ms, DOMContentLoaded ${observed.observedDomContentLoaded} ms, load ${observed.observedLoad} ms`,
        );
        type Part = { type?: string; items?: Item[]; snippet?: string; selector?: string };
        for (const part of (audits["lcp-breakdown-insight"]?.details as { items?: Part[] } | undefined)?.items ?? []) {
          if (part.type === "node") console.log(`  LCP element: ${part.selector ?? ""} ${String(part.snippet ?? "").slice(0, 160)}`);
          if (part.type === "table")
            for (const row of part.items ?? []) console.log(`  ${row.label}: ${Math.round(Number(row.duration))} ms`);
        }
      }
    }
} finally {
  await chrome.kill();
  await server.stop();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const figure = (values: number[], unit = "") => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return `${median(values)}${unit}${low === high ? "" : ` (${low}–${high})`}`;
};
const lines = [
  `| page | performance (>= ${TARGET}) | accessibility (>= ${TARGET}) | first-load JS (transferred) | LCP | TBT | CPU benchmark |`,
  "|---|---:|---:|---:|---:|---:|---:|",
  ...pages.map((page) => {
    const of = (key: "performance" | "accessibility" | "scriptKb" | "lcpMs" | "tbtMs" | "cpuIndex") =>
      rows.filter((row) => row.page === page).map((row) => row[key]);
    return `| ${page} | ${figure(of("performance"))} | ${figure(of("accessibility"))} | ${figure(of("scriptKb"), " KiB")} | ${figure(of("lcpMs"), " ms")} | ${figure(of("tbtMs"), " ms")} | ${figure(of("cpuIndex"))} |`;
  }),
];
console.log(
  `\nLighthouse, mobile preset, Debian Chromium, production build; ${runs} run(s) per page, median (min–max):\n\n${lines.join("\n")}\n`,
);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/lighthouse.json", JSON.stringify({ at: new Date().toISOString(), runs, rows }, null, 2));
const missed = pages.filter((page) => {
  const of = (key: "performance" | "accessibility") => median(rows.filter((row) => row.page === page).map((row) => row[key]));
  return of("performance") < TARGET || of("accessibility") < TARGET;
});
console.log(missed.length ? `Below ${TARGET} (median): ${missed.join(", ")}` : `Every page's medians at or above ${TARGET}.`);
process.exit(missed.length ? 1 : 0);
