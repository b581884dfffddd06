// `npm run stock:import -- <product id or slug> <file>` run as the operator runs it: a child
// process with this process's environment, against the test database the server uses.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { db, makeProduct, stockCounts } from "../support/fixtures";
import { decrypt } from "@/lib/crypto/secret-box";

const dir = mkdtempSync(path.join(tmpdir(), "stockline-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function stockFile(text: string): string {
  const file = path.join(dir, `stock-${++fileCount}.txt`);
  writeFileSync(file, text);
  return file;
}

type Run = { code: number; stdout: string; stderr: string };

function stockImport(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "stock:import", "--", ...args],
      { env: process.env, cwd: process.cwd(), timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number) ?? -1) : 0, stdout, stderr }),
    );
  });
}

const apiStock = async (productId: string) => (await api(`/api/products/${productId}`)).body.product?.stock;

describe("npm run stock:import", () => {
  it("counts added, duplicate and blank lines, and a second import adds nothing", async () => {
    const product = await makeProduct({ stock: 0 });
    const lines = ["alice@example.com----pw1----note", "bob@example.com----pw2", "LICENSE-KEY-0003", "账号4----密码4"];
    // CRLF endings, a repeated line (also with surrounding spaces), and two blank lines.
    const file = stockFile([lines[0], lines[1], "", lines[2], `  ${lines[1]}  `, "   ", lines[3], lines[0]].join("\r\n") + "\r\n");

    const first = await stockImport(product.slug, file);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout.trim()).toBe("added 4, skipped 2 duplicate(s) and 2 blank line(s)");
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 0 });

    // By id this time: the same lines are already in stock.
    const second = await stockImport(product.id, file);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout.trim()).toBe("added 0, skipped 6 duplicate(s) and 2 blank line(s)");
    expect(await stockCounts(product.id)).toEqual({ available: 4, reserved: 0, sold: 0 });

    // Stored encrypted: neither the content nor its lookup hash is the line itself.
    const items = await db.stockItem.findMany({ where: { productId: product.id } });
    for (const item of items) {
      expect(item.content).toMatch(/^v1\./);
      for (const line of lines) {
        expect(item.content).not.toContain(line);
        expect(item.contentHash).not.toContain(line);
      }
    }
    expect(items.map((item) => decrypt(item.content)).sort()).toEqual([...lines].sort());

    expect(await apiStock(product.id)).toBe(4);
  });

  it("adds only the new lines of a later, larger file (across the import's batches)", async () => {
    const product = await makeProduct({ stock: 0 });
    const line = (i: number) => `bulk-${product.slug}-${i}----secret${i}`;
    const first = await stockImport(product.id, stockFile(Array.from({ length: 600 }, (_, i) => line(i)).join("\n")));
    expect(first.stdout.trim()).toBe("added 600, skipped 0 duplicate(s) and 0 blank line(s)");

    // Lines 0..1199, in reverse: the 600 known ones fall in different batches than before.
    const bigger = Array.from({ length: 1200 }, (_, i) => line(1199 - i)).join("\n");
    const second = await stockImport(product.id, stockFile(bigger));
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout.trim()).toBe("added 600, skipped 600 duplicate(s) and 0 blank line(s)");
    expect(await stockCounts(product.id)).toEqual({ available: 1200, reserved: 0, sold: 0 });
    expect(await apiStock(product.id)).toBe(1200);
  });

  it("skips lines already sold, so an item is never sold twice", async () => {
    const product = await makeProduct({ lines: ["sold-once----pw", "still-here----pw"] });
    const first = await db.stockItem.findFirstOrThrow({ where: { productId: product.id }, orderBy: { id: "asc" } });
    expect(decrypt(first.content)).toBe("sold-once----pw");
    await db.stockItem.update({ where: { id: first.id }, data: { status: "sold" } });
    const run = await stockImport(product.id, stockFile("sold-once----pw\nstill-here----pw\nnew-one----pw\n"));
    expect(run.stdout.trim()).toBe("added 1, skipped 2 duplicate(s) and 0 blank line(s)");
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 1 });
  });

  it("exits non-zero with a clear message for an unknown product and changes nothing", async () => {
    const before = await db.stockItem.count();
    const run = await stockImport("no-such-product", stockFile("orphan----pw\n"));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("stock import failed: Product not found");
    expect(run.stdout).toBe("");
    expect(await db.stockItem.count()).toBe(before);
  });

  it("prints its usage and exits non-zero without a file", async () => {
    const run = await stockImport("some-product");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("usage: npm run stock:import -- <product id or slug> <file>");
  });
});
