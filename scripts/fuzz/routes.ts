// Every route handler under app/api, found on disk with the methods it exports, so an
// endpoint added later is fuzzed without anyone listing it here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type ApiRoute = { template: string; params: string[]; methods: string[] };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

function exportedMethods(source: string): string[] {
  return METHODS.filter((method) =>
    new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b|\\bas\\s+${method}\\b`).test(source),
  );
}

/** `/api/orders/{id}/status` style templates; a catch-all segment is `{...name}`. */
export function apiRoutes(root = "app/api"): ApiRoute[] {
  return routeFiles(root)
    .map((file) => {
      const segments = path.relative(path.dirname(root), path.dirname(file)).split(path.sep);
      const params: string[] = [];
      const template = `/${segments
        .map((segment) => {
          const match = /^\[(\.\.\.)?([^\]]+)\]$/.exec(segment);
          if (!match) return segment;
          params.push(match[2]!);
          return `{${match[1] ?? ""}${match[2]}}`;
        })
        .join("/")}`;
      return { template, params, methods: exportedMethods(readFileSync(file, "utf8")) };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}
