// An account's approval state for API balance orders (lib/orders/api-order-approval.ts). Kept
// apart from the schema so the console's form can import it without bundling zod for the
// browser: zod probes `new Function` there, which the pages' CSP refuses and reports.
export const API_ORDER_STATES = ["open", "needs_approval", "approved"] as const;
export type ApiOrderState = (typeof API_ORDER_STATES)[number];
