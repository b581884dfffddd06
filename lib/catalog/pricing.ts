export type Tier = { minQuantity: number; priceFen: bigint };

/** The highest wholesale tier whose minimum the quantity reaches sets the unit price. */
export function unitPriceFen(basePriceFen: bigint, tiers: Tier[], quantity: number): bigint {
  let best: Tier | undefined;
  for (const tier of tiers) {
    if (tier.minQuantity <= quantity && (!best || tier.minQuantity > best.minQuantity)) best = tier;
  }
  return best ? best.priceFen : basePriceFen;
}
