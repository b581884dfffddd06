import "server-only";
// This shop's own numbers that the API documentation states (the operator's order expiry, the
// unpaid-order limits), read where they are set, so the page never shows another shop's defaults.
import { env } from "../env";
import { orderTtlMinutes } from "../settings/shop-settings";

/** The endpoints whose description is formatted with the facts below. */
export const ENDPOINTS_DESCRIBED_WITH_FACTS = { postOrdersCreate: true } as const;

export async function apiDocsFacts() {
  return {
    ttl: await orderTtlMinutes(),
    perIp: env.UNPAID_ORDER_LIMIT_PER_IP,
    perEmail: env.UNPAID_ORDER_LIMIT_PER_EMAIL,
    perAccount: env.UNPAID_ORDER_LIMIT_PER_ACCOUNT,
  };
}
