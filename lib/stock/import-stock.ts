import "server-only";
import { db } from "../db";
import { encrypt, keyedHash } from "../crypto/secret-box";
import { invalidateCatalog } from "../catalog/catalog";
import { errors } from "../api/app-error";

export type ImportResult = { added: number; duplicates: number; blank: number };

const CHUNK = 500;
const MAX_LINE = 4096;

/**
 * Loads stock lines for a product: one item per non-blank line, encrypted at rest, skipping
 * lines already in stock for that product (sold ones included, so nothing is sold twice).
 */
export async function importStock(productIdOrSlug: string, lines: string[]): Promise<ImportResult> {
  const product = await db.product.findFirst({
    where: { OR: [{ id: productIdOrSlug }, { slug: productIdOrSlug }] },
    select: { id: true },
  });
  if (!product) throw errors.productNotFound();

  let blank = 0;
  const unique = new Map<string, string>();
  for (const rawLine of lines) {
    const line = rawLine.replace(/\r$/, "").trim();
    if (!line) {
      blank++;
      continue;
    }
    if (line.length > MAX_LINE) throw new Error(`a stock line is longer than ${MAX_LINE} characters`);
    unique.set(keyedHash(line), line);
  }

  let added = 0;
  const entries = [...unique.entries()];
  for (let start = 0; start < entries.length; start += CHUNK) {
    const chunk = entries.slice(start, start + CHUNK);
    const existing = await db.stockItem.findMany({
      where: { productId: product.id, contentHash: { in: chunk.map(([hash]) => hash) } },
      select: { contentHash: true },
    });
    const known = new Set(existing.map((row) => row.contentHash));
    const fresh = chunk.filter(([hash]) => !known.has(hash));
    if (fresh.length) {
      const result = await db.stockItem.createMany({
        data: fresh.map(([contentHash, line]) => ({ productId: product.id, contentHash, content: encrypt(line) })),
      });
      added += result.count;
    }
  }
  invalidateCatalog();
  return { added, duplicates: lines.length - blank - added, blank };
}
