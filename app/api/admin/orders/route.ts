// GET /api/admin/orders — orders newest first, filtered by status, email, order number, method, product, date range; cursor paging.
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { listAdminOrders, orderListQuerySchema } from "@/lib/admin/orders/order-list";

export const GET = withApi({ access: "admin" }, async ({ query }) => {
  const { items, next_cursor } = await listAdminOrders(parseQuery(orderListQuerySchema, query));
  return { orders: items, next_cursor };
});
