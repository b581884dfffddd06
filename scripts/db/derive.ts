// The PostgreSQL schema is the SQLite source schema with another provider and client folder.
export function derivePostgresSchema(source: string): string {
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"')
    .replace(
      /^\/\/ The one source schema[\s\S]*?\n\n/,
      "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit.\n\n",
    );
  if (!derived.includes('"postgresql"') || !derived.includes("generated/postgresql")) {
    throw new Error("derive: the source schema no longer has the expected shape");
  }
  return derived;
}
