// Prisma CLI configuration. The JS engine with a driver adapter keeps every CLI command
// offline (the native engines are never downloaded). The schema is chosen by the URL's
// scheme: SQLite is the source schema, PostgreSQL the derived one.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrlFrom, isPostgresUrl } from "./lib/db/database-url";

const url = databaseUrlFrom(process.env.DATABASE_URL);
process.env.DATABASE_URL = url;
const isPostgres = isPostgresUrl(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  async adapter() {
    if (isPostgres) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") });
  },
});
