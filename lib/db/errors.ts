/** Prisma's unique-constraint error (P2002), whichever engine raised it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: { code?: string } } | null;
  if (!e) return false;
  return (
    e.code === "P2002" ||
    e.cause?.code === "23505" ||
    e.cause?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    e.cause?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    /Unique constraint failed/i.test(e.message ?? "")
  );
}
