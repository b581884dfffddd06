/** pending -> delivered | failed (its three days ran out). */
export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
