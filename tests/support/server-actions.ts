// Server action ids of the current build, by exported name (Next's server reference
// manifest), so tests and the fuzzer can call actions the way the browser does.
import { readFileSync } from "node:fs";
import { inject } from "vitest";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }> };

/** `app/[locale]/admin/(console)/orders/[id]/page` -> `/en/admin/orders/x`. */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment === "[locale]" ? "en" : /^\[.*\]$/.test(segment) ? "x" : segment));
  return `/${segments.join("/")}`;
}

/**
 * Every action of the build by exported name: its id, the source file it comes from and a page
 * that holds it (Next runs an action only for a page it belongs to; elsewhere it answers `{}`).
 */
export function serverActionEntries(): Map<string, { id: string; file: string; page: string }> {
  const manifest = JSON.parse(
    readFileSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/server/server-reference-manifest.json`, "utf8"),
  ) as Manifest;
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [
      entry.exportedName ?? id,
      { id, file: entry.filename ?? "", page: pagePath(Object.keys(entry.workers ?? {})[0] ?? "app/[locale]/page") },
    ]),
  );
}

export function serverActions(): Map<string, string> {
  return new Map([...serverActionEntries()].map(([name, { id }]) => [name, id]));
}

export function serverActionId(name: string): string {
  const id = serverActions().get(name);
  if (!id) throw new Error(`no server action named ${name} in this build`);
  return id;
}

/**
 * Calls a server action as the browser does (its arguments as JSON) from a page that uses it
 * (Next finds the action through the page's route), and returns the answer's RSC text.
 */
export async function callAction(name: string, args: unknown[], options: { base?: string; page?: string } = {}): Promise<string> {
  const base = options.base ?? inject("baseUrl");
  const answer = await fetch(`${base}${options.page ?? "/en/products/any"}`, {
    method: "POST",
    headers: { "next-action": serverActionId(name), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base },
    body: JSON.stringify(args),
  });
  if (answer.status !== 200) throw new Error(`${name} answered ${answer.status}`);
  return answer.text();
}
