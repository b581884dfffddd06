// The seed's note "需要自动化采购或专用接入时，请先联系管理员开通": per account, the operator can
// require approval before the account's API tokens place balance orders. `open` is the
// default, so today's clients keep working; web-session orders are never affected.
import { z } from "zod";
import { AppError } from "../api/app-error";
import { API_ORDER_STATES } from "./api-order-states";

export { API_ORDER_STATES, type ApiOrderState } from "./api-order-states";

/** PATCH /api/admin/users/:id's body. */
export const apiOrdersSchema = z.strictObject({
  api_orders: z
    .enum(API_ORDER_STATES, "api_orders must be open, needs_approval or approved")
    .describe("open: API balance orders allowed (default); needs_approval: refused until approved; approved"),
});

/**
 * Refuses a balance order placed with a bearer token of an account waiting for approval.
 * `apiOrders` is the account's state as the token's lookup read it (undefined for orders
 * that did not come with a token), so the check costs no query.
 */
export function refuseUnapprovedApiOrder(method: string, apiOrders: string | undefined): void {
  if (apiOrders !== "needs_approval") return;
  if (method !== "balance_cny" && method !== "balance_crypto") return;
  throw new AppError("api_orders_not_approved", "API balance orders are not enabled for this account: please contact the administrator");
}
