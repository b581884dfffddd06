// npm run stock:import -- <product id or slug> <file>
// Loads one stock item per non-blank line; lines already in stock for the product are skipped.
import "./load-env";
import { readFileSync } from "node:fs";
import { importStock, linesOf } from "../lib/stock/import-stock";
import { db } from "../lib/db";

const [product, file] = process.argv.slice(2);
if (!product || !file) {
  console.error("usage: npm run stock:import -- <product id or slug> <file>");
  process.exit(2);
}
try {
  const result = await importStock(product, linesOf(readFileSync(file, "utf8")));
  console.log(`added ${result.added}, skipped ${result.duplicates} duplicate(s) and ${result.blank} blank line(s)`);
} catch (error) {
  console.error(`stock import failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
