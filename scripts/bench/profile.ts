// npm run bench:profile -- <dir> — where each route's time went, from a bench run with
// BENCH_CPU_PROF=<dir>: the server's V8 CPU profile is cut into the seconds each route was
// measured (routes.json, written by scripts/bench/run.ts), and for each route it prints the
// main thread's busy time per request and the functions that took it, in microseconds per
// request, then what the route costs beyond the ceiling (GET /api/health), function by
// function. Frames in the build's chunks are named by their source (the build's source maps).
//   PROFILE_TOP=25 (functions listed per route)  PROFILE_RUN=1 (which run of each route)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SourceMap } from "node:module";
import { CEILING } from "./report";

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Profile = { nodes: { id: number; callFrame: Frame }[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };
type Window = { engine: string; run: number; route: string; from: number; to: number; requests: number };

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run bench:profile -- <the BENCH_CPU_PROF directory>");
  process.exit(2);
}
const top = Number(process.env.PROFILE_TOP ?? 25);
const run = Number(process.env.PROFILE_RUN ?? 1);
const windows = JSON.parse(readFileSync(path.join(dir, "routes.json"), "utf8")) as Window[];
// Node names each thread's profile CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is
// the main thread, the others the workers (the WAL checkpointer, the catalogue's count), whose
// time is not the requests' own.
const profiles = readdirSync(dir)
  .filter((file) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(file))
  .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile);

const sourceMaps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    try {
      sourceMaps.set(url, new SourceMap(JSON.parse(readFileSync(`${new URL(url).pathname}.map`, "utf8"))));
    } catch {
      sourceMaps.set(url, null);
    }
  }
  return sourceMaps.get(url)!;
}

const shortPath = (file: string) =>
  file
    .replace(/^file:\/\//, "")
    .replace(/.*node_modules\//, "")
    .replace(/^.*?\]\//, "")
    .replace(/^(\.\.\/)+/, "")
    .replace(process.cwd() + "/", "");

function frameName(frame: Frame): string {
  const name = frame.functionName || "(anonymous)";
  if (frame.url.includes("/.next/")) {
    const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
      | { originalSource?: string; originalLine?: number; name?: string }
      | undefined;
    if (entry?.originalSource) return `${entry.name ?? name} ${shortPath(entry.originalSource)}:${(entry.originalLine ?? 0) + 1}`;
  }
  return frame.url ? `${name} ${shortPath(frame.url)}:${frame.lineNumber + 1}` : name;
}

/** Self time per function (µs) on the main thread while one route was measured. */
function selfTimes(window: Window): { busy: number; byFunction: Map<string, number> } {
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const profile of profiles) {
    if (profile.endTime < window.from || profile.startTime > window.to) continue;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    let at = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      at += profile.timeDeltas[i]!;
      if (at < window.from || at >= window.to) continue;
      const frame = nodes.get(profile.samples[i]!)!;
      if (frame.functionName === "(idle)") continue;
      const name = frameName(frame);
      byFunction.set(name, (byFunction.get(name) ?? 0) + profile.timeDeltas[i]!);
      busy += profile.timeDeltas[i]!;
    }
  }
  return { busy, byFunction };
}

const micros = (value: number) => value.toFixed(1).padStart(8);
for (const engine of [...new Set(windows.map((window) => window.engine))]) {
  // One run of each route (the first unless PROFILE_RUN says): later runs repeat it, on a
  // database the earlier runs' orders have grown.
  const oneRun = windows.filter((window) => window.engine === engine && window.run === run);
  // The ceiling is measured several times a run (around each route): its windows add up.
  const perRequest = new Map<string, { busy: number; byFunction: Map<string, number> }>();
  for (const route of [...new Set(oneRun.map((window) => window.route))]) {
    const own = oneRun.filter((window) => window.route === route);
    const requests = Math.max(
      1,
      own.reduce((sum, window) => sum + window.requests, 0),
    );
    let busy = 0;
    const byFunction = new Map<string, number>();
    for (const window of own) {
      const times = selfTimes(window);
      busy += times.busy;
      for (const [name, value] of times.byFunction) byFunction.set(name, (byFunction.get(name) ?? 0) + value);
    }
    perRequest.set(route, { busy: busy / requests, byFunction: new Map([...byFunction].map(([name, value]) => [name, value / requests])) });
  }
  const ceiling = perRequest.get(CEILING);
  for (const [route, { busy, byFunction }] of perRequest) {
    console.log(
      `\n${engine} · ${route}: main thread ${busy.toFixed(0)} µs per request${ceiling && route !== CEILING ? ` (ceiling ${ceiling.busy.toFixed(0)} µs)` : ""}`,
    );
    for (const [name, value] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${micros(value)}  ${name}`);
    if (!ceiling || route === CEILING) continue;
    console.log(`  beyond the ceiling (µs per request, this route minus the ceiling):`);
    const names = new Set([...byFunction.keys(), ...ceiling.byFunction.keys()]);
    const extra = [...names].map((name) => [name, (byFunction.get(name) ?? 0) - (ceiling.byFunction.get(name) ?? 0)] as const);
    for (const [name, value] of extra.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${micros(value)}  ${name}`);
  }
}
