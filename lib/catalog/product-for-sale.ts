import "server-only";
import { hotRead } from "../db/sqlite-reader";
import type { Tier } from "./pricing";

export type ProductForSale = {
  id: string;
  priceFen: bigint;
  minQuantity: number;
  maxQuantity: number;
  delimiter: string;
  /** lib/catalog/product-kinds.ts */
  kind: string;
  tiers: Tier[];
  /** For the order's mails. */
  nameZh: string;
  nameEn: string;
};

type ProductRow = Omit<ProductForSale, "tiers"> & { tierMin: number | null; tierPriceFen: bigint | null };

/**
 * What an order needs of a listed product, read fresh (never from the catalogue cache:
 * the order must use the price in force). One hand-written query on the order path (a
 * hot read: see lib/db/sqlite-reader.ts).
 */
export async function productForSale(id: string): Promise<ProductForSale | undefined> {
  const rows = await hotRead<ProductRow>(
    `SELECT p."id", p."priceFen", p."minQuantity", p."maxQuantity", p."delimiter", p."nameZh", p."nameEn", p."kind",
            t."minQuantity" AS "tierMin", t."priceFen" AS "tierPriceFen"
     FROM "products" p LEFT JOIN "price_tiers" t ON t."productId" = p."id"
     WHERE p."id" = ? AND p."listed" = true`,
    [id],
    (row) => ({
      ...(row as ProductRow),
      minQuantity: Number(row.minQuantity),
      maxQuantity: Number(row.maxQuantity),
      tierMin: row.tierMin === null ? null : Number(row.tierMin),
    }),
  );
  const first = rows[0];
  if (!first) return undefined;
  return {
    id: first.id,
    priceFen: first.priceFen,
    minQuantity: first.minQuantity,
    maxQuantity: first.maxQuantity,
    delimiter: first.delimiter,
    kind: first.kind,
    nameZh: first.nameZh,
    nameEn: first.nameEn,
    tiers: rows.flatMap((row) =>
      row.tierMin === null || row.tierPriceFen === null ? [] : [{ minQuantity: row.tierMin, priceFen: row.tierPriceFen }],
    ),
  };
}
