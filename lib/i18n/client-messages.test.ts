import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { CLIENT_MESSAGES, clientMessages, type MessagesSubtree, pickMessages } from "./client-messages";

const root = join(__dirname, "../..");
const pages = "app/[locale]";
const read = (file: string) => readFileSync(join(root, file), "utf8");

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

/**
 * The namespaces the client side of these files asks useTranslations for: the files and
 * what they import of ours are walked, and a module counts from the first "use client" on
 * (a module a client module imports runs in the browser too, directive or not). Each
 * namespace maps to the files that use it, for the failure messages.
 */
function clientNamespaces(entries: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const client = inClient || read(file).startsWith('"use client"');
    if (seen.has(`${client}:${file}`)) return;
    seen.add(`${client}:${file}`);
    const text = read(file);
    if (client) {
      for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^"([A-Za-z.]+)"$/.exec(match[1]!.trim());
        // A namespace the walk cannot read would escape the check: name it literally.
        expect(literal, `${file}: useTranslations(${match[1]}) must name its namespace as a string`).not.toBeNull();
        found.set(literal![1]!, [...(found.get(literal![1]!) ?? []), file]);
      }
    }
    for (const match of text.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
      const target = resolveImport(file, match[1]!);
      if (target) visit(target, client);
    }
  };
  entries.forEach((entry) => visit(entry, false));
  return found;
}

const subtrees = Object.keys(CLIENT_MESSAGES) as MessagesSubtree[];
const nested = subtrees.filter((subtree) => subtree !== "");

/** The subtree whose list a file's page gets: the deepest one with a list that holds it ("" when none below does). */
const subtreeOf = (file: string): MessagesSubtree =>
  nested.filter((subtree) => file.startsWith(`${pages}/${subtree}/`)).sort((a, b) => b.length - a.length)[0] ?? "";

/** A subtree's own files: those under it and not under a nested subtree with a list of its own. */
const filesOf = (subtree: MessagesSubtree): string[] => sourceFiles(pages).filter((file) => subtreeOf(file) === subtree);

/** Whether a namespace path is covered by one of the provided paths (itself or a parent). */
const covered = (namespace: string, provided: readonly string[]) =>
  provided.some((path) => namespace === path || namespace.startsWith(`${path}.`));

describe("messages sent to the browser", () => {
  it("walks to the client components of each subtree", () => {
    expect(filesOf("")).toContain(`${pages}/layout.tsx`);
    expect(filesOf("")).not.toContain(`${pages}/orders/error.tsx`);
    expect([...clientNamespaces(filesOf("products/[slug]")).keys()]).toContain("Checkout");
    expect([...clientNamespaces(filesOf("")).keys()]).toContain("LocaleSwitcher");
  });

  it("each nested subtree's layout provides its list", () => {
    for (const subtree of nested) {
      const layout = `${pages}/${subtree}/layout.tsx`;
      expect(existsSync(join(root, layout)), layout).toBe(true);
      expect(read(layout), layout).toContain(`messagesLayout(${JSON.stringify(subtree)})`);
    }
    expect(read(`${pages}/layout.tsx`)).toContain('CLIENT_MESSAGES[""]');
  });

  it.each(subtrees)("cover every namespace the client components of %j use", (subtree) => {
    const missing = [...clientNamespaces(filesOf(subtree))]
      .filter(([namespace]) => !covered(namespace, CLIENT_MESSAGES[subtree]))
      .map(([namespace, files]) => `${namespace} (${files.join(", ")})`);
    expect(missing).toEqual([]);
  });

  it.each(subtrees)("name in %j only what its client components use, once", (subtree) => {
    const used = [...clientNamespaces(filesOf(subtree)).keys()];
    const list: readonly string[] = CLIENT_MESSAGES[subtree];
    expect(list.filter((path) => !used.some((namespace) => covered(namespace, [path])))).toEqual([]);
    expect(
      list.filter((path) =>
        covered(
          path,
          list.filter((other) => other !== path),
        ),
      ),
    ).toEqual([]);
  });

  it("name only messages that exist", () => {
    for (const path of Object.values(CLIENT_MESSAGES).flat()) {
      const value = path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
      expect(value, path).toBeTypeOf("object");
    }
  });

  it("pick only the named parts", () => {
    const messages = { A: { x: "1", y: { z: "2" } }, B: { w: "3" }, C: "4" };
    expect(pickMessages(messages, ["A.y", "C"])).toEqual({ A: { y: { z: "2" } }, C: "4" });
    expect(pickMessages(messages, ["B", "Missing.path"])).toEqual({ B: { w: "3" } });
    // Kept: the same pick for the same messages and list.
    expect(clientMessages(en, CLIENT_MESSAGES.orders)).toBe(clientMessages(en, CLIENT_MESSAGES.orders));
    expect(clientMessages(en, CLIENT_MESSAGES.orders)).toEqual(pickMessages(en, CLIENT_MESSAGES.orders));
  });

  it("leave most of the messages on the server", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    // The catalogue and the product page, the pages a stranger lands on, carry almost none.
    expect(size(pickMessages(en, CLIENT_MESSAGES[""]))).toBeLessThan(500);
    expect(size(pickMessages(en, CLIENT_MESSAGES["products/[slug]"]))).toBeLessThan(4000);
    for (const subtree of nested.filter((subtree) => subtree !== "admin")) {
      expect(size(pickMessages(en, CLIENT_MESSAGES[subtree])), subtree).toBeLessThan(size(en) / 6);
    }
  });
});
