// Derives prisma/postgresql/schema.prisma from the SQLite source schema: only the
// datasource provider and the client's output folder differ.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const derived = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"')
  .replace(
    /^\/\/ The one source schema[\s\S]*?\n\n/,
    "// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit.\n\n",
  );
if (!derived.includes('"postgresql"') || !derived.includes("generated/postgresql")) {
  throw new Error("derive-schema: the source schema no longer has the expected shape");
}
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync("prisma/postgresql/schema.prisma", derived);
console.log("wrote prisma/postgresql/schema.prisma");
