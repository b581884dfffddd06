// GET /api/admin/audit — the audit log of operator writes, newest first (filters: action, entity, actor; cursor paging).
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { auditQuerySchema, listAudit } from "@/lib/admin/audit";

export const GET = withApi({ access: "admin" }, async ({ query }) => {
  const { items, next_cursor } = await listAudit(parseQuery(auditQuerySchema, query));
  return { entries: items, next_cursor };
});
