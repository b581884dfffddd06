// npm run fuzz — every public and admin endpoint, next-auth's, the pages and every server
// action, with hostile input (scripts/fuzz/cases.ts), against the production build (built if
// missing) on a fresh SQLite database with the demo catalogue, or on FUZZ_DATABASE_URL.
// Pass: no 5xx, every /api refusal in the contract's shape and listed in the OpenAPI
// document, and the database unchanged by refused requests, table by table. A fast sample
// of the same cases runs in `npm test` (tests/api/fuzz.test.ts).
import "../load-env";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { startServer } from "../../tests/support/server";
import { serverActionEntries } from "../../tests/support/server-actions";
import { baseCase, documentedBases, fuzzCases } from "./cases";
import { actionProbe } from "./action-cases";

if (!existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) {
  if (spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}
mkdirSync("data/fuzz", { recursive: true });
const file = "data/fuzz/fuzz.db";
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const env = {
  DATABASE_URL: process.env.FUZZ_DATABASE_URL ?? `file:./${file}`,
  STOCKLINE_DATA_DIR: "./data/fuzz",
  STOCKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  NEXTAUTH_SECRET: randomBytes(16).toString("hex"),
  INTERNAL_API_KEY: `fuzz-internal-${randomBytes(12).toString("hex")}`,
  // Each case comes from its own address (X-Forwarded-For, one trusted hop), so per-address limits stay out of the way.
  TRUST_PROXY_HOPS: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
Object.assign(process.env, env);
const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts", "--demo"], {
  env: process.env,
  stdio: ["ignore", "ignore", "inherit"],
});
if (seeded.status !== 0) process.exit(1);

// Imported only now: they read DATABASE_URL and the key when loaded.
const { db } = await import("../../lib/db");
const { isPostgres } = await import("../../lib/env");
const { fuzzContext, deadCredentials } = await import("./accounts");
const { takeSnapshot } = await import("./db-snapshot");
const { acceptedRequests, answersWith, runFuzz } = await import("./runner");

const server = await startServer(env);
let failed = true;
try {
  const context = await fuzzContext(server.baseUrl, serverActionEntries());
  // A base the server accepted would write: its cases would prove nothing.
  const accepted = await acceptedRequests(
    server.baseUrl,
    documentedBases(context).map((base) => baseCase(base, "as it is", base.body)),
  );
  if (accepted.length) throw new Error(`[fuzz] documented bases accepted as they are: ${accepted.join("; ")}`);
  if (!(await answersWith(server.baseUrl, actionProbe(context), '"fields":["to"]')))
    throw new Error("[fuzz] the action cases do not reach the actions: React's encoding of an action's arguments has changed");
  // FUZZ_ONLY=<regular expression>: only the cases whose name matches (to follow up a finding).
  const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined;
  const cases = fuzzCases(context).filter((fuzz) => !only || only.test(`${fuzz.method} ${fuzz.name}`));
  const openapi = await (await fetch(`${server.baseUrl}/api/openapi.json`)).json();
  console.log(`[fuzz] ${cases.length} cases against ${server.baseUrl}`);
  const started = Date.now();
  const report = await runFuzz(cases, {
    baseUrl: server.baseUrl,
    snapshot: () => takeSnapshot(db, isPostgres),
    openapi,
    batchSize: 10,
    progress: (done, total) => {
      if (done % 200 < 10 || done === total) console.log(`[fuzz] ${done}/${total}`);
    },
  });
  const serverErrors = server
    .log()
    .split("\n")
    .filter((line) => /unhandled error|⨯/.test(line));
  console.log(
    `[fuzz] sent ${report.sent} requests in ${((Date.now() - started) / 1000).toFixed(0)} s; statuses ${JSON.stringify(report.statuses)}`,
  );
  for (const finding of report.findings) console.log(`FINDING ${finding}`);
  for (const line of serverErrors.slice(0, 20)) console.log(`SERVER ${line}`);
  const dead = await deadCredentials(server.baseUrl, context);
  for (const what of dead) console.log(`FINDING a case ended ${what}`);
  failed = report.findings.length > 0 || serverErrors.length > 0 || dead.length > 0;
  console.log(
    failed ? `[fuzz] FAILED: ${report.findings.length + dead.length} findings, ${serverErrors.length} server errors` : "[fuzz] passed",
  );
} finally {
  await server.stop();
  await db.$disconnect();
}
process.exit(failed ? 1 : 0);
