// Sends the fuzz cases and judges the answers: no 5xx; every /api refusal is the contract's
// JSON ({success:false, error}); a documented operation answers only statuses its OpenAPI
// entry lists; nothing a refused request sent changed the database (checked per batch, then
// case by case to name the culprit).
import { randomInt } from "node:crypto";
import type { FuzzCase } from "./cases";
import { changedTables, type Snapshot } from "./db-snapshot";

export type FuzzReport = { sent: number; findings: string[]; statuses: Record<string, number> };

type Answer = { status: number; type: string; text: string };
type Options = {
  baseUrl: string;
  snapshot: () => Promise<Snapshot>;
  /** OpenAPI document: its paths (relative to /api) and their responses. */
  openapi: { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
  batchSize: number;
  progress?: (done: number, total: number) => void;
};

const randomIp = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

async function send(baseUrl: string, fuzz: FuzzCase): Promise<Answer> {
  const headers: Record<string, string> = { "x-forwarded-for": randomIp(), ...fuzz.headers };
  const response = await fetch(baseUrl + fuzz.path, {
    method: fuzz.method,
    headers,
    body: fuzz.body as BodyInit | undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

function documentedStatuses(openapi: Options["openapi"], method: string, path: string): Set<string> | undefined {
  const pathname = path.split("?")[0]!;
  for (const [template, operations] of Object.entries(openapi.paths)) {
    const pattern = new RegExp(`^/api${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const operation = operations[method.toLowerCase()];
    if (operation && pattern.test(pathname)) return new Set(Object.keys(operation.responses ?? {}));
  }
  return undefined;
}

// next-auth's own endpoints answer in next-auth's shapes; everything else under /api is ours.
const NEXT_AUTH = /^\/api\/auth\/(csrf|session|providers|signout|callback)(\/|\?|$)/;
// Answered by Node's HTTP parser for any path alike, before routing (see the OpenAPI description).
const PARSER_STATUSES = new Set([431]);
const ACCEPTED_WITHOUT_WRITING = /^\/api\/csp-report$/;

function judge(fuzz: FuzzCase, answer: Answer, openapi: Options["openapi"]): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  const api = fuzz.path.startsWith("/api/") || fuzz.path === "/api";
  if (api && !NEXT_AUTH.test(fuzz.path) && answer.status >= 400 && fuzz.method !== "HEAD") {
    let body: { success?: unknown; error?: unknown } | null = null;
    try {
      body = JSON.parse(answer.text);
    } catch {
      // reported below
    }
    if (!answer.type.includes("application/json") || body?.success !== false || typeof body.error !== "string") {
      problems.push(`answered ${answer.status} outside the contract's error shape: ${answer.type} ${answer.text.slice(0, 120)}`);
    }
  }
  const documented = api ? documentedStatuses(openapi, fuzz.method, fuzz.path) : undefined;
  if (documented && !documented.has(String(answer.status)) && !PARSER_STATUSES.has(answer.status)) {
    problems.push(`answered ${answer.status}, which its OpenAPI operation does not list (${[...documented].join(", ")})`);
  }
  const writes = fuzz.method !== "GET" && fuzz.method !== "HEAD";
  if (api && writes && answer.status < 400 && !NEXT_AUTH.test(fuzz.path) && !ACCEPTED_WITHOUT_WRITING.test(fuzz.path)) {
    problems.push(`a hostile request was accepted (${answer.status})`);
  }
  return problems;
}

/** The requests of `cases` the server does not refuse (a 2xx or 3xx), as "method name (status)". */
export async function acceptedRequests(baseUrl: string, cases: FuzzCase[]): Promise<string[]> {
  const accepted: string[] = [];
  for (const fuzz of cases) {
    const { status } = await send(baseUrl, fuzz);
    if (status < 400) accepted.push(`${fuzz.method} ${fuzz.name} (${status})`);
  }
  return accepted;
}

/** Whether the case is answered 200 with `expected` in its body (an action's state). */
export async function answersWith(baseUrl: string, fuzz: FuzzCase, expected: string): Promise<boolean> {
  const answer = await send(baseUrl, fuzz);
  return answer.status === 200 && answer.text.includes(expected);
}

export async function runFuzz(cases: FuzzCase[], options: Options): Promise<FuzzReport> {
  const report: FuzzReport = { sent: 0, findings: [], statuses: {} };
  const record = (fuzz: FuzzCase, problem: string) => report.findings.push(`${fuzz.method} ${fuzz.name}: ${problem}`);
  // A batch's "after" is the next batch's "before" unless the culprits were looked for in between.
  let before = await options.snapshot();
  for (let start = 0; start < cases.length; start += options.batchSize) {
    const batch = cases.slice(start, start + options.batchSize);
    for (const fuzz of batch) {
      let answer: Answer;
      try {
        // No retry: an answer given before a big body ended closes the connection lingering
        // (scripts/http-server.ts), so a lost answer is the server's fault.
        answer = await send(options.baseUrl, fuzz);
      } catch (error) {
        record(fuzz, `no answer (${(error as Error).message})`);
        continue;
      }
      report.sent += 1;
      report.statuses[answer.status] = (report.statuses[answer.status] ?? 0) + 1;
      for (const problem of judge(fuzz, answer, options.openapi)) record(fuzz, problem);
    }
    const after = await options.snapshot();
    const changed = changedTables(before, after);
    before = after;
    if (changed.length) {
      // Name the culprit: the batch again, one case at a time.
      let found = false;
      for (const fuzz of batch) {
        const one = await options.snapshot();
        await send(options.baseUrl, fuzz).catch(() => undefined);
        const tables = changedTables(one, await options.snapshot());
        if (tables.length) {
          record(fuzz, `changed the database: ${tables.join(", ")}`);
          found = true;
        }
      }
      if (!found)
        report.findings.push(`cases ${start + 1}-${start + batch.length} changed the database (${changed.join(", ")}), none of them alone`);
      before = await options.snapshot();
    }
    options.progress?.(Math.min(start + options.batchSize, cases.length), cases.length);
  }
  return report;
}
