// GET /api/admin/users — accounts newest first, searched by part of the email, filtered by role; cursor paging.
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { listUsers, userListQuerySchema } from "@/lib/admin/users";

export const GET = withApi({ access: "admin" }, async ({ query }) => {
  const { items, next_cursor } = await listUsers(parseQuery(userListQuerySchema, query));
  return { users: items, next_cursor };
});
