// npm test: production build, unit tests, then the API/engine suite against that build on
// a fresh SQLite file and, when a PostgreSQL server is reachable, on a fresh PostgreSQL
// database too (CI always provides one; there it is required), then the Playwright browser
// tests (e2e/) against the same build on a fresh seeded SQLite database.
//   npm test -- tests/api/orders.test.ts   runs only the named files (API and/or e2e/ specs)
//   SKIP_BUILD=1 npm test                  reuses the existing build
//   TEST_DATABASES=sqlite npm test         one engine only (sqlite | postgresql)
//   TEST_API_SHARDS=1 npm test             the API suite in one process instead of three side by side
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

const filters = process.argv.slice(2);
const isE2e = (filter: string) => /^(\.\/)?e2e\//.test(filter);
const apiFilters = filters.filter((filter) => !isE2e(filter));
const e2eFilters = filters.filter(isE2e);
const runApi = !filters.length || apiFilters.length > 0;
const runE2e = !filters.length || e2eFilters.length > 0;
mkdirSync("data/test", { recursive: true });
const engines = (process.env.TEST_DATABASES ?? "sqlite,postgresql").split(",");
const shardsAsked = Number(process.env.TEST_API_SHARDS ?? 3);
if (!Number.isInteger(shardsAsked) || shardsAsked < 1) {
  console.error(`TEST_API_SHARDS must be a whole number of at least 1, not "${process.env.TEST_API_SHARDS}"`);
  process.exit(2);
}
const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
const results: string[] = [];
const vitest = ["node_modules/vitest/vitest.mjs", "run"];
const playwright = ["node_modules/@playwright/test/cli.js", "test"];
const totals = { passed: 0, failed: 0, skipped: 0 };
// Each failed test's name and the first lines of its error, repeated in the summary: CI keeps
// only the tail of a long run's output, and the reporters print the errors far above it.
const failures: string[] = [];
/** A report's text without colours or blank lines, indented: its first `count` lines, or its last with a negative count. */
const someLines = (text: string, count: number, indent = "    ") =>
  text
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => line.trim() && !/node_modules|node:internal|new Promise/.test(line))
    .slice(count < 0 ? count : 0, count < 0 ? undefined : count)
    .map((line) => `${indent}${line.slice(0, 300)}`)
    .join("\n");

/** Where one test process writes its JSON report and (vitest) its servers' unhandled errors. */
function reportFiles(tag: string) {
  const files = { report: `data/test/report-${tag}.json`, serverErrors: `data/test/server-errors-${tag}.txt` };
  rmSync(files.serverErrors, { force: true });
  rmSync(`${files.serverErrors}.files`, { force: true });
  return files;
}

const vitestReporters = (report: string) => ["--reporter=default", "--reporter=json", `--outputFile.json=${report}`];

/** Counts a vitest process's tests and its servers' errors; true when it passed. */
function finishVitest(files: { report: string; serverErrors: string }, exitedOk: boolean): boolean {
  // The API suite's teardown writes this file when the server logged an unhandled error
  // (vitest itself exits 0 after a failing teardown): one failure, whatever the tests said.
  const serverFailed = existsSync(files.serverErrors);
  if (serverFailed) {
    console.log(`\n${readFileSync(files.serverErrors, "utf8")}`);
    rmSync(files.serverErrors, { force: true });
    totals.failed += 1;
  }
  const ok = exitedOk && !serverFailed;
  countTests(files.report, ok);
  if (existsSync(`${files.serverErrors}.files`)) {
    // Shown, not counted: some tests provoke a crash on purpose; a failing test shows its cause here.
    console.log(
      `\n=== unhandled errors logged by test files' own servers ===\n${readFileSync(`${files.serverErrors}.files`, "utf8").slice(-6000)}`,
    );
    rmSync(`${files.serverErrors}.files`, { force: true });
  }
  return ok;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const isVitest = args[0] === vitest[0];
  const isPlaywright = args[0] === playwright[0];
  const files = reportFiles(String(process.pid));
  const fullArgs = isVitest ? [...args, ...vitestReporters(files.report)] : args;
  const reportEnv = isPlaywright ? { PLAYWRIGHT_JSON_OUTPUT_FILE: files.report } : {};
  const errorsEnv = isVitest ? { SERVER_ERRORS_FILE: files.serverErrors } : {};
  const result = spawnSync(command, fullArgs, { stdio: "inherit", env: { ...process.env, ...env, ...reportEnv, ...errorsEnv } });
  let ok = result.status === 0;
  if (isVitest) ok = finishVitest(files, ok);
  if (isPlaywright) countPlaywrightTests(files.report, ok);
  results.push(`${ok ? "ok  " : "FAIL"} ${label} (${seconds(started)})`);
  return ok;
}

/**
 * The API suite in one vitest process per database, side by side: each shard (vitest's
 * --shard, a share of the files) has its own server and database, and within a shard the
 * files still take turns, so each test's concurrency stays its own. The suite spends most of
 * its time waiting (servers starting, pollers and back-offs, timers), about 0.75 of a core
 * for one process, so three share the machine's two cores: on 2026-12-06, with the files dealt
 * by their measured times (tests/support/weighted-shards.ts), PostgreSQL's suite took 252 s in
 * three shards against 309 s in two, SQLite's 207 s in three. Each shard's output is printed
 * whole when it ends.
 */
async function runApiShards(label: string, shards: { tag: string; env: Record<string, string> }[]): Promise<boolean> {
  const sharding = shards.length > 1 ? `: ${shards.length} shards side by side, each one's output when it ends` : "";
  console.log(`\n=== ${label}${sharding} ===`);
  const started = Date.now();
  const outcomes = await Promise.all(
    shards.map(({ tag, env }, index) => {
      const shard = `${index + 1}/${shards.length}`;
      const files = reportFiles(tag);
      const shardArgs = shards.length > 1 ? [`--shard=${shard}`] : [];
      const args = [...vitest, "--project", "api", ...shardArgs, ...apiFilters, ...vitestReporters(files.report)];
      const child = spawn(process.execPath, args, {
        env: { ...process.env, ...env, SERVER_ERRORS_FILE: files.serverErrors },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk));
      return new Promise<boolean>((resolve) =>
        child.on("close", (code) => {
          console.log(`\n--- ${label}, shard ${shard} (${seconds(started)}) ---\n${output}`);
          resolve(finishVitest(files, code === 0));
        }),
      );
    }),
  );
  const ok = outcomes.every(Boolean);
  results.push(`${ok ? "ok  " : "FAIL"} ${label} (${seconds(started)})`);
  return ok;
}

/** Each API file's time in this run, per engine (TEST_FILE_SECONDS). */
const fileSeconds = new Map<string, number[]>();

/**
 * TEST_FILE_SECONDS=tests/support/file-seconds.json writes each API file's time in this run (the
 * mean over the engines it ran on) into the table the shards are dealt by
 * (tests/support/weighted-shards.ts), keeping the entries of files that did not run.
 */
function writeFileSeconds(file: string) {
  const table: Record<string, number> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  for (const [name, times] of fileSeconds) table[name] = Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 10) / 10;
  const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`wrote ${fileSeconds.size} files' times to ${file}`);
}

/** Adds a vitest JSON report to the totals; a run that wrote none counts as one failure. */
function countTests(report: string, ok: boolean) {
  try {
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      testResults?: {
        name: string;
        startTime?: number;
        endTime?: number;
        assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
      }[];
    };
    for (const file of json.testResults ?? []) {
      if (file.startTime && file.endTime) {
        const name = path.relative(process.cwd(), file.name);
        fileSeconds.set(name, [...(fileSeconds.get(name) ?? []), (file.endTime - file.startTime) / 1000]);
      }
      for (const test of file.assertionResults ?? [])
        if (test.status === "failed")
          failures.push(
            `${file.name.replace(process.cwd() + "/", "")} > ${test.fullName}\n${someLines((test.failureMessages ?? []).join("\n"), 8)}`,
          );
    }
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests;
  } catch {
    if (!ok) totals.failed += 1;
  }
  rmSync(report, { force: true });
}

/** The last lines a failed browser test printed (a spec prints what explains its failure). */
function printedBy(stdout: { text?: string }[] = []): string {
  const printed = stdout.map((entry) => entry.text ?? "").join("");
  return printed.trim() ? `\n    printed:\n${someLines(printed, -12, "      ")}` : "";
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: {
    title: string;
    tests?: { projectName: string; results?: { status: string; errors?: { message?: string }[]; stdout?: { text?: string }[] }[] }[];
  }[];
  suites?: PlaywrightSuite[];
};

/** Adds a Playwright JSON report (flaky counts as failed: the suite runs without retries). */
function countPlaywrightTests(report: string, ok: boolean) {
  try {
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
      suites?: PlaywrightSuite[];
    };
    const visit = (suite: PlaywrightSuite, file: string) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests ?? [])
          for (const result of test.results ?? [])
            if (result.status !== "passed" && result.status !== "skipped")
              failures.push(
                `${file} > ${spec.title} [${test.projectName}] (${result.status})\n${someLines((result.errors ?? []).map((error) => error.message ?? "").join("\n"), 8)}${printedBy(result.stdout)}`,
              );
      for (const child of suite.suites ?? []) visit(child, file);
    };
    for (const suite of json.suites ?? []) visit(suite, suite.file ?? suite.title);
    totals.passed += json.stats.expected;
    totals.failed += json.stats.unexpected + json.stats.flaky;
    totals.skipped += json.stats.skipped;
  } catch {
    if (!ok) totals.failed += 1;
  }
  rmSync(report, { force: true });
}

const testEnv = {
  NODE_ENV: "production",
  STOCKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  STOCKLINE_DATA_DIR: "./data/test",
  INTERNAL_API_KEY: `test-internal-${randomBytes(12).toString("hex")}`,
  TRUST_PROXY_HOPS: "1",
  CATALOG_CACHE_MS: "0",
  SWEEPER_INTERVAL_SECONDS: "1",
  // The mail and webhook senders look for due work every 200 ms and retry after 300 ms, 600 ms, ...
  OUTBOX_POLL_MS: "200",
  OUTBOX_RETRY_BASE_MS: "300",
  // The webhook tests' receiver listens on 127.0.0.1.
  WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
  NEXTAUTH_SECRET: randomBytes(16).toString("hex"),
  // No chain watchers in the shared servers (there is no internet here): the crypto tests
  // start their own instances against fake providers (tests/fakes/).
  CRYPTO_POLL_SECONDS: "0",
};
let ok = true;

if (!filters.length) ok = run("type check (app, lib, tests, scripts)", "npx", ["tsc", "--noEmit"]) && ok;
if (!filters.length)
  ok =
    run("OpenAPI document lint (Redocly, no errors or warnings)", process.execPath, [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/openapi-lint.ts",
    ]) && ok;
if (!filters.length) ok = run("lint and format (ESLint, Prettier; zero warnings)", "npm", ["run", "--silent", "lint"]) && ok;
if (ok && !process.env.SKIP_BUILD)
  ok = run("build (next build, compile hints, brotli copies, server bundle)", "npm", ["run", "--silent", "build"]) && ok;
if (ok && !filters.length) ok = run("unit tests", process.execPath, [...vitest, "--project", "unit"]) && ok;

// The whole API suite (or whole folders of it) runs in TEST_API_SHARDS shards side by side
// (default 2, see runApiShards); named files run in one process.
const wholeFolders = apiFilters.every((filter) => existsSync(filter) && statSync(filter).isDirectory());
const apiShards = wholeFolders ? shardsAsked : 1;
const shardTags = Array.from({ length: apiShards }, (_, index) => `${process.pid}-${index + 1}`);

if (ok && runApi && engines.includes("sqlite")) {
  const fileOf = (tag: string) => `data/test/stockline_test-${tag}.db`;
  ok =
    (await runApiShards(
      "API and engine tests on SQLite",
      shardTags.map((tag) => ({ tag, env: { ...testEnv, DATABASE_URL: `file:./${fileOf(tag)}` } })),
    )) && ok;
  for (const tag of shardTags) for (const suffix of ["", "-wal", "-shm"]) rmSync(fileOf(tag) + suffix, { force: true });
}

if (ok && runApi && engines.includes("postgresql")) {
  const admin = new pg.Client({ connectionString: adminUrl });
  const reachable = await admin.connect().then(
    () => true,
    () => false,
  );
  if (!reachable) {
    const message = `PostgreSQL is not reachable at ${adminUrl.replace(/\/\/[^@]*@/, "//***@")}`;
    if (process.env.CI) {
      console.error(`${message}: CI must provide it (.ci/run starts it).`);
      ok = false;
    } else {
      console.warn(`${message}: skipping the PostgreSQL run (set TEST_POSTGRES_URL to enable it).`);
      results.push("SKIPPED PostgreSQL run (no server reachable)");
    }
  } else {
    const nameOf = (tag: string) => `stockline_test_${tag.replace("-", "_")}`;
    const urlOf = (tag: string) => {
      const url = new URL(adminUrl);
      url.pathname = `/${nameOf(tag)}`;
      return url.toString();
    };
    for (const tag of shardTags) {
      await admin.query(`DROP DATABASE IF EXISTS ${nameOf(tag)}`);
      await admin.query(`CREATE DATABASE ${nameOf(tag)}`);
    }
    ok =
      (await runApiShards(
        "API and engine tests on PostgreSQL",
        shardTags.map((tag) => ({ tag, env: { ...testEnv, DATABASE_URL: urlOf(tag) } })),
      )) && ok;
    for (const tag of shardTags) await admin.query(`DROP DATABASE IF EXISTS ${nameOf(tag)} WITH (FORCE)`);
  }
  await admin.end().catch(() => undefined);
}

// The browser tests seed their own SQLite database (e2e/support/global-setup.ts).
if (ok && runE2e) {
  ok = run("browser tests (Playwright, Chromium) on SQLite", process.execPath, [...playwright, ...e2eFilters], testEnv) && ok;
}

if (process.env.TEST_FILE_SECONDS && fileSeconds.size) writeFileSeconds(process.env.TEST_FILE_SECONDS);
if (failures.length) console.log(`\n=== failed tests ===\n${failures.join("\n")}`);
console.log(`\n=== summary ===\n${results.join("\n")}`);
if (!ok && totals.failed === 0) totals.failed = 1; // a step other than a test run failed
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
