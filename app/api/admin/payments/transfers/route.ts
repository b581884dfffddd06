// GET /api/admin/payments/transfers — final chain transfers waiting for the operator (unmatched, partial, over-paid, …).
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { listTransfers } from "@/lib/admin/payments/transfers";
import { transferListQuerySchema } from "@/lib/admin/payments/payment-request-schemas";

export const GET = withApi({ access: "admin" }, async ({ query }) => ({
  transfers: await listTransfers(parseQuery(transferListQuerySchema, query)),
}));
