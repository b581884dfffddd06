// better-sqlite3's values as the rest of the shop reads them (Prisma's types): dates stored
// as ISO text become Dates, booleans stored as 0/1 become booleans.
export const sqliteDate = (value: unknown): Date => new Date(String(value));
/** A boolean column: better-sqlite3 answers 0n / 1n (PostgreSQL's answer is already a boolean). */
export const sqliteBoolean = (value: unknown): boolean => Boolean(Number(value));
export const sqliteDateOrNull = (value: unknown): Date | null => (value === null ? null : new Date(String(value)));
