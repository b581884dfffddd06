import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { db, type Tx } from "../db";
import { encrypt, keyedHash } from "../crypto/secret-box";
import { invalidateCatalog } from "../catalog/catalog";
import { AppError, errors } from "../api/app-error";

export type ImportResult = { added: number; duplicates: number; blank: number };

export const MAX_STOCK_LINE = 4096;
// Rows per INSERT: 4 bound values each stays far below SQLite's and PostgreSQL's limits.
const CHUNK = 1000;
// A large file is one transaction (all or nothing); on SQLite it holds the write lock for
// its duration (about a second per 50,000 lines here, see `npm run bench:admin`).
const IMPORT_TIMEOUT_MS = 120_000;

/** Non-blank lines, trimmed (CR of CRLF included), de-duplicated within the file by keyed hash. */
function prepareLines(lines: string[]): { unique: Map<string, string>; blank: number } {
  let blank = 0;
  const unique = new Map<string, string>();
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (!line) {
      blank++;
      continue;
    }
    if (line.length > MAX_STOCK_LINE) throw new AppError("validation", `Line ${index + 1} is longer than ${MAX_STOCK_LINE} characters`);
    unique.set(keyedHash(line), line);
  }
  return { unique, blank };
}

/**
 * Loads stock lines for a product: one item per non-blank line, encrypted at rest, skipping
 * duplicates within the file and lines already in stock for that product (sold ones
 * included, so nothing is sold twice). All or nothing: one transaction, and the unique
 * (product, hash) index decides what is new, so concurrent imports cannot add a line twice.
 * `audit` records the import in the same transaction (the operator's console and API).
 */
export async function importStock(
  productIdOrSlug: string,
  lines: string[],
  audit?: (tx: Tx, productId: string, result: ImportResult) => Promise<void>,
): Promise<ImportResult> {
  const product = await db.product.findFirst({
    where: { OR: [{ id: productIdOrSlug }, { slug: productIdOrSlug }] },
    select: { id: true },
  });
  if (!product) throw errors.productNotFound();
  const { unique, blank } = prepareLines(lines);
  const now = new Date();
  const rows = [...unique].map(([hash, line]) => Prisma.sql`(${product.id}, ${encrypt(line)}, ${hash}, 'available', ${now})`);
  try {
    return await db.$transaction(
      async (tx) => {
        let added = 0;
        for (let start = 0; start < rows.length; start += CHUNK) {
          added += await tx.$executeRaw`
            INSERT INTO "stock_items" ("productId", "content", "contentHash", "status", "createdAt")
            VALUES ${Prisma.join(rows.slice(start, start + CHUNK))}
            ON CONFLICT ("productId", "contentHash") DO NOTHING`;
        }
        const result = { added, duplicates: lines.length - blank - added, blank };
        if (audit) await audit(tx, product.id, result);
        return result;
      },
      { maxWait: 10_000, timeout: IMPORT_TIMEOUT_MS },
    );
  } finally {
    invalidateCatalog();
  }
}

/** A text file's lines; a final newline ends the last line rather than starting a blank one. */
export function linesOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
