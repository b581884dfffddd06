// Server action ids of the current build, by exported name (Next's server reference
// manifest), so tests and the fuzzer can call actions the way the browser does.
import { readFileSync } from "node:fs";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

export function serverActions(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/server/server-reference-manifest.json`, "utf8"),
  ) as Manifest;
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName ?? id, id]));
}

export function serverActionId(name: string): string {
  const id = serverActions().get(name);
  if (!id) throw new Error(`no server action named ${name} in this build`);
  return id;
}
