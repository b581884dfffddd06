// GET /api/admin/payments/flagged — orders a payment flagged (late, late and undelivered, credited, over-paid), cursor paging.
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { listFlaggedPayments } from "@/lib/admin/payments/flagged-payments";
import { flaggedListQuerySchema } from "@/lib/admin/payments/payment-request-schemas";

export const GET = withApi({ access: "admin" }, async ({ query }) => {
  const { items, next_cursor } = await listFlaggedPayments(parseQuery(flaggedListQuerySchema, query));
  return { payments: items, next_cursor };
});
