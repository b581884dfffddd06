type PrismaLikeError = {
  code?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string } } };
};

/** A unique-constraint violation, from a Prisma query (P2002) or a raw one (P2010), on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as PrismaLikeError | null;
  if (!e || typeof e !== "object") return false;
  return e.code === "P2002" || e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/** A foreign-key violation (P2003, or a raw query's adapter error), on either engine. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as PrismaLikeError | null;
  if (!e || typeof e !== "object") return false;
  return e.code === "P2003" || e.meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation";
}
