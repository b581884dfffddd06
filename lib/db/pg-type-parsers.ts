// How the shop reads PostgreSQL's text answers, wherever it reads them with pg itself: in the
// order transaction, the hot reads and the status worker (lib/db/postgres-values.ts), and
// on the read worker (lib/db/postgres-read-worker.ts), whose source is plain text and takes
// these same functions as their source. So each parser must use nothing outside itself.

export const TIMESTAMP_OID = 1114;
export const INT8_OID = 20;

/** A `timestamp` column holds UTC, as Prisma writes it (pg would read it in the process's zone). */
export function parseUtcTimestamp(text: string): Date {
  return new Date(text.replace(" ", "T") + "Z");
}

/** An int8 (a bigint column, a count) as a BigInt, as Prisma's raw queries give it. */
export function parseInt8(text: string): bigint {
  return BigInt(text);
}

/** The parsers above as JavaScript source, for the read worker's eval'd code. */
export const TYPE_PARSERS_SOURCE = [
  `const TIMESTAMP_OID = ${TIMESTAMP_OID};`,
  `const INT8_OID = ${INT8_OID};`,
  `const parseUtcTimestamp = ${parseUtcTimestamp.toString()};`,
  `const parseInt8 = ${parseInt8.toString()};`,
].join("\n");
