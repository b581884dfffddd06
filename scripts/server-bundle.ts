// The production HTTP server (scripts/http-server.ts and the few lib/ files it imports) as one
// JavaScript file in the build's directory, started by plain `node`, and beside it the status
// worker's (lib/orders/status-worker.ts: a worker thread the app starts from that file). Started through tsx, each
// start took about 1.2 s more and 1.7 s more CPU (its loader hooks see every module Next
// loads), and starts are many: npm start, the bench, and three dozen per API test run (each
// file's own instances). `npm run build` writes it; `serverCommand()` writes it again first
// when it is missing or older than one of its sources, so an edit is never served stale.
//   node --import tsx scripts/server-bundle.ts   (re)writes the bundle
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { STATUS_WORKER_FILE } from "../lib/orders/status-worker-protocol";

const distDir = () => process.env.NEXT_DIST_DIR ?? ".next";
const serverBundlePath = () => path.join(distDir(), "stockline-server.mjs");
const inputsPath = () => path.join(distDir(), "stockline-server.inputs.json");
const BUNDLES = [
  { source: "scripts/http-server.ts", outfile: serverBundlePath },
  { source: "lib/orders/status-worker.ts", outfile: () => path.join(distDir(), STATUS_WORKER_FILE) },
];

/** One bundle; the source files it was made from. */
async function bundle(source: string, outfile: string): Promise<string[]> {
  // Written beside and renamed into place: an instance starting meanwhile reads a whole file.
  const partial = `${outfile}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [source],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // next, pg, better-sqlite3...: loaded from node_modules as they are.
    packages: "external",
    // `server-only` only guards Next's client bundles: outside them its import is a no-op.
    alias: { "server-only": "./scripts/server-only-noop.ts" },
    outfile: partial,
    metafile: true,
    logLevel: "warning",
  });
  renameSync(partial, outfile);
  return Object.keys(result.metafile.inputs);
}

async function bundleServer(): Promise<string> {
  const inputs = await Promise.all(BUNDLES.map(({ source, outfile }) => bundle(source, outfile())));
  writeFileSync(inputsPath(), JSON.stringify(inputs.flat()));
  return serverBundlePath();
}

function isFresh(): boolean {
  const outfile = serverBundlePath();
  if (BUNDLES.some((entry) => !existsSync(entry.outfile())) || !existsSync(inputsPath())) return false;
  const builtAt = statSync(outfile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsPath(), "utf8")) as string[];
  return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= builtAt);
}

// Rendering a page allocates a great deal that dies young, and with V8's default young
// generation (16 MB semi-spaces on Node 20) the garbage collector took about a tenth of
// a page's main thread in the bench's profile. Twice that: measured 2026-12-06 on one of these
// 2-core machines (wrk, 32 connections, product page then health, one server each), 69 -> 78
// product pages/s and 736 -> 805 health answers/s, for about 50 MB more resident memory at
// peak (533 -> 585 MB). An operator's own setting in NODE_OPTIONS is left to rule.
const YOUNG_GENERATION = "--max-semi-space-size=32";

/** node's arguments that start the production server: the bundle, written first if missing or stale. */
export async function serverCommand(): Promise<string[]> {
  const heap = process.env.NODE_OPTIONS?.includes("--max-semi-space-size") ? [] : [YOUNG_GENERATION];
  return [...heap, isFresh() ? serverBundlePath() : await bundleServer()];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(`[stockline] server bundle: ${await bundleServer()}`);
}
