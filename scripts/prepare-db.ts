// Applies migrations, and with --demo seeds the demo shop on an empty database, printing
// its credentials once. Used by `npm start` and `npm run demo`.
import "./load-env";
import { migrate } from "../lib/db/migrate";
import { databaseUrlFrom } from "../lib/db/database-url";

const demo = process.argv.includes("--demo");
const url = databaseUrlFrom(process.env.DATABASE_URL);
const result = await migrate(url);
if (result.applied.length) console.log(`[stockline] migrations applied: ${result.applied.join(", ")}`);

if (demo) {
  const { seedDemoIfEmpty } = await import("../lib/demo/seed-demo");
  const credentials = await seedDemoIfEmpty();
  if (credentials) {
    console.log(
      [
        "",
        "[stockline] Demo shop seeded. These passwords are shown once; they are stored hashed.",
        `  shopper:  ${credentials.shopper.email} / ${credentials.shopper.password}  (balance ¥1000 and 200 USDT)`,
        `  operator: ${credentials.operator.email} / ${credentials.operator.password}`,
        "  Crypto payments use DEMO receiving addresses (a public test wallet): never send real funds.",
        "",
      ].join("\n"),
    );
  }
}
const { db } = await import("../lib/db");
await db.$disconnect();
