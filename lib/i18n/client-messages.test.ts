import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import {
  ADMIN_CLIENT_MESSAGES,
  clientMessages,
  CONSOLE_CLIENT_MESSAGES,
  pickMessages,
  STOREFRONT_CLIENT_MESSAGES,
} from "./client-messages";

const root = join(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? join(dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  return [`${base}.tsx`, `${base}.ts`, join(base, "index.tsx"), join(base, "index.ts")].find((path) => existsSync(join(root, path)));
}

/** The namespaces a client module and everything it imports of ours ask useTranslations for. */
function namespacesOf(entry: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), "utf8");
    for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
      const literal = /^"([A-Za-z.]+)"$/.exec(match[1]!.trim());
      // A namespace the walk cannot read would escape the check: name it literally.
      expect(literal, `${file}: useTranslations(${match[1]}) must name its namespace as a string`).not.toBeNull();
      found.add(literal![1]!);
    }
    for (const match of text.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
      const target = resolveImport(file, match[1]!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return found;
}

const clientModules = ["app", "components", "lib"]
  .flatMap(sourceFiles)
  .filter((file) => readFileSync(join(root, file), "utf8").startsWith('"use client"'));
const isConsole = (file: string) => file.startsWith("components/admin/") || file.startsWith("app/[locale]/admin/");

/** Whether a namespace path is covered by one of the provided paths (itself or a parent). */
const covered = (namespace: string, provided: readonly string[]) =>
  provided.some((path) => namespace === path || namespace.startsWith(`${path}.`));

describe("messages sent to the browser", () => {
  it("finds the client components", () => {
    expect(clientModules.length).toBeGreaterThan(30);
    expect(clientModules).toContain("components/checkout/checkout-form.tsx");
  });

  it("cover every namespace the storefront's client components use", () => {
    const missing = clientModules
      .filter((file) => !isConsole(file))
      .flatMap((file) => [...namespacesOf(file)].filter((ns) => !covered(ns, STOREFRONT_CLIENT_MESSAGES)).map((ns) => `${file}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it("cover every namespace the console's client components use", () => {
    const missing = clientModules
      .filter(isConsole)
      .flatMap((file) => [...namespacesOf(file)].filter((ns) => !covered(ns, ADMIN_CLIENT_MESSAGES)).map((ns) => `${file}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it("name only messages that exist, without overlaps", () => {
    for (const path of [...STOREFRONT_CLIENT_MESSAGES, ...CONSOLE_CLIENT_MESSAGES]) {
      const value = path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
      expect(value, path).toBeTypeOf("object");
    }
    const all: string[] = [...STOREFRONT_CLIENT_MESSAGES, ...CONSOLE_CLIENT_MESSAGES];
    expect(
      all.filter((path) =>
        covered(
          path,
          all.filter((other) => other !== path),
        ),
      ),
    ).toEqual([]);
  });

  it("pick only the named parts", () => {
    const messages = { A: { x: "1", y: { z: "2" } }, B: { w: "3" }, C: "4" };
    expect(pickMessages(messages, ["A.y", "C"])).toEqual({ A: { y: { z: "2" } }, C: "4" });
    expect(pickMessages(messages, ["B", "Missing.path"])).toEqual({ B: { w: "3" } });
    // Kept: the same pick for the same messages and list.
    expect(clientMessages(en, STOREFRONT_CLIENT_MESSAGES)).toBe(clientMessages(en, STOREFRONT_CLIENT_MESSAGES));
    expect(clientMessages(en, STOREFRONT_CLIENT_MESSAGES)).toEqual(pickMessages(en, STOREFRONT_CLIENT_MESSAGES));
  });

  it("leave most of the messages on the server", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(pickMessages(en, STOREFRONT_CLIENT_MESSAGES))).toBeLessThan(size(en) / 3);
  });
});
