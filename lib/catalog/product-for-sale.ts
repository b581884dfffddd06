import "server-only";
import { db } from "../db";
import type { Tier } from "./pricing";

export type ProductForSale = {
  id: string;
  priceFen: bigint;
  minQuantity: number;
  maxQuantity: number;
  delimiter: string;
  tiers: Tier[];
};

/**
 * What an order needs of a listed product, read fresh (never from the catalogue cache:
 * the order must use the price in force). One hand-written query on the order path.
 */
export async function productForSale(id: string): Promise<ProductForSale | undefined> {
  const rows = await db.$queryRaw<(Omit<ProductForSale, "tiers"> & { tierMin: number | null; tierPriceFen: bigint | null })[]>`
    SELECT p."id", p."priceFen", p."minQuantity", p."maxQuantity", p."delimiter",
           t."minQuantity" AS "tierMin", t."priceFen" AS "tierPriceFen"
    FROM "products" p LEFT JOIN "price_tiers" t ON t."productId" = p."id"
    WHERE p."id" = ${id} AND p."listed" = ${true}`;
  const first = rows[0];
  if (!first) return undefined;
  return {
    id: first.id,
    priceFen: first.priceFen,
    minQuantity: first.minQuantity,
    maxQuantity: first.maxQuantity,
    delimiter: first.delimiter,
    tiers: rows.flatMap((row) => (row.tierMin === null || row.tierPriceFen === null ? [] : [{ minQuantity: row.tierMin, priceFen: row.tierPriceFen }])),
  };
}
