// npm run db:migrate — applies pending migrations to DATABASE_URL (default: the embedded SQLite file).
import "../load-env";
import { migrate } from "../../lib/db/migrate";
import { databaseUrlFrom } from "../../lib/db/database-url";

const url = databaseUrlFrom(process.env.DATABASE_URL);
const result = await migrate(url);
const target = url.startsWith("file:") ? url : url.replace(/\/\/[^@]*@/, "//***@");
console.log(
  result.applied.length
    ? `migrations applied to ${target}: ${result.applied.join(", ")}`
    : `database ${target} is up to date (${result.alreadyApplied} migrations)`,
);
