// GET /api/admin/users/:id/ledger — the account's balance movements, newest first; cursor paging.
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { ledgerQuerySchema, userLedger } from "@/lib/admin/users";

export const GET = withApi({ access: "admin" }, async ({ params, query }) => {
  const { items, next_cursor } = await userLedger(params.id ?? "", parseQuery(ledgerQuerySchema, query));
  return { entries: items, next_cursor };
});
