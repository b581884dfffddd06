type PrismaLikeError = {
  code?: string;
  column?: string;
  constraint?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string } } };
};

// The order path's own transactions (lib/db/hot-transaction.ts) see the drivers' errors as they are.
const DRIVER_UNIQUE_CODES = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "23505"]);

/** A unique-constraint violation, from a Prisma query (P2002), a raw one (P2010) or the driver itself, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as PrismaLikeError | null;
  if (!e || typeof e !== "object") return false;
  return (
    e.code === "P2002" || e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" || DRIVER_UNIQUE_CODES.has(e.code ?? "")
  );
}

/**
 * A unique violation of `table`'s index on `column`, as the order path's own statements see it
 * (lib/db/hot-transaction.ts): SQLite names the column in its message ("UNIQUE constraint
 * failed: orders.orderNo"), PostgreSQL the index, which the migrations name <table>_<column>_key.
 */
export function isUniqueViolationOn(error: unknown, table: string, column: string): boolean {
  if (!isUniqueViolation(error)) return false;
  const e = error as PrismaLikeError & { message?: unknown };
  return e.constraint === `${table}_${column}_key` || String(e.message).includes(`${table}.${column}`);
}

/** A foreign-key violation (P2003, or a raw query's adapter error), on either engine. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as PrismaLikeError | null;
  if (!e || typeof e !== "object") return false;
  return e.code === "P2003" || e.meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation";
}

/** PostgreSQL's driver error for a NULL written into a NOT NULL column (the order path's own statements). */
export function isNotNullViolation(error: unknown, column: string): boolean {
  const e = error as PrismaLikeError | null;
  return !!e && typeof e === "object" && e.code === "23502" && e.column === column;
}
