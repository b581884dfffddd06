import "server-only";
import { db, type Tx } from "../db";
import { isPostgres } from "../env";
import { encrypt, keyedHash } from "../crypto/secret-box";
import { invalidateCatalog } from "../catalog/catalog";
import { AppError, errors } from "../api/app-error";
import { giveWayIfDue } from "../db/event-loop-slices";

export type ImportResult = { added: number; duplicates: number; blank: number };

export const MAX_STOCK_LINE = 4096;
// Rows per INSERT. Each statement carries its rows as two bound values (arrays on PostgreSQL,
// one JSON text on SQLite) rather than four per row: Prisma's cost grows with the number of
// bound values, and this keeps 100,000 lines to a handful of statements. SQLite runs each
// insert on the request thread, holding every other request meanwhile: smaller pieces there.
const CHUNK = isPostgres ? 20_000 : 5_000;
// A large file is one transaction (all or nothing); on SQLite it holds the write lock for
// its duration (see `npm run bench:admin` for how long).
const IMPORT_TIMEOUT_MS = 120_000;

/** Inserts the rows that are new for the product; the unique (product, hash) index skips the rest. */
function insertNew(tx: Tx, productId: string, rows: [hash: string, sealed: string][], now: Date) {
  if (isPostgres) {
    return tx.$executeRaw`
      INSERT INTO "stock_items" ("productId", "content", "contentHash", "status", "createdAt")
      SELECT ${productId}, item."content", item."hash", 'available', ${now}
      FROM unnest(${rows.map((row) => row[1])}::text[], ${rows.map((row) => row[0])}::text[]) AS item("content", "hash")
      ON CONFLICT ("productId", "contentHash") DO NOTHING`;
  }
  // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
  return tx.$executeRaw`
    INSERT INTO "stock_items" ("productId", "content", "contentHash", "status", "createdAt")
    SELECT ${productId}, json_extract(item.value, '$[1]'), json_extract(item.value, '$[0]'), 'available', ${now}
    FROM json_each(${JSON.stringify(rows)}) AS item WHERE true
    ON CONFLICT ("productId", "contentHash") DO NOTHING`;
}

/** Non-blank lines, trimmed (CR of CRLF included), de-duplicated within the file by keyed hash. */
async function prepareLines(lines: string[]): Promise<{ unique: Map<string, string>; blank: number }> {
  let blank = 0;
  const unique = new Map<string, string>();
  for (const [index, rawLine] of lines.entries()) {
    if (index % TURN_LINES === 0) await giveWayIfDue();
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

async function sealEach(chunks: [hash: string, line: string][][]): Promise<[string, string][][]> {
  const sealed: [string, string][][] = [];
  for (const chunk of chunks) sealed.push(await sealYielding(chunk));
  return sealed;
}

const sealRows = (entries: [hash: string, line: string][]): [string, string][] => entries.map(([hash, line]) => [hash, encrypt(line)]);

// A large file is hashed, sealed and inserted in pieces, each giving the event loop its turn
// once the slice is spent (lib/db/event-loop-slices.ts): done in one go, a 100,000-line
// import held every other request of the instance for the whole of it (`npm run bench:admin`
// sends a shopper's request every 50 ms meanwhile and reports the longest wait).
const TURN_LINES = 1_000;

/** sealRows, giving the event loop its turn between pieces of TURN_LINES lines (so an insert in flight, or a request, proceeds). */
async function sealYielding(entries: [hash: string, line: string][]): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (let start = 0; start < entries.length; start += TURN_LINES) {
    await giveWayIfDue();
    rows.push(...sealRows(entries.slice(start, start + TURN_LINES)));
  }
  return rows;
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
  const { unique, blank } = await prepareLines(lines);
  const now = new Date();
  const entries = [...unique];
  const chunks = Array.from({ length: Math.ceil(entries.length / CHUNK) }, (_, i) => entries.slice(i * CHUNK, (i + 1) * CHUNK));
  // Encrypting is a third of an import's time. On PostgreSQL the server inserts one chunk
  // while this process encrypts the next (`npm run bench:admin`, 100,000 lines over HTTP:
  // 5.1 s before, 4.0 s with); on SQLite the inserts run on this thread, so encrypting
  // inside the transaction would only hold the file's write lock longer: all is sealed first.
  const sealed = isPostgres ? undefined : await sealEach(chunks);
  try {
    return await db.$transaction(
      async (tx) => {
        let added = 0;
        let inserting: Promise<number> | undefined;
        for (const [index, chunk] of chunks.entries()) {
          // SQLite's inserts run on this thread: between two, the event loop has its turn if it is due.
          if (sealed) await giveWayIfDue();
          const rows = sealed ? sealed[index]! : await sealYielding(chunk);
          if (inserting) added += await inserting;
          inserting = insertNew(tx, product.id, rows, now);
          // Awaited at the next chunk or below; until then a failure must not count as unhandled.
          inserting.catch(() => undefined);
        }
        if (inserting) added += await inserting;
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
