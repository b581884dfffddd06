// GET /api/admin/users/:id — one account: balances, role, state, order and live-token counts; PATCH sets `api_orders`.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { getAdminUserOrThrow, setUserApiOrders } from "@/lib/admin/users";
import { apiOrdersSchema } from "@/lib/orders/api-order-approval";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ user: await getAdminUserOrThrow(params.id ?? "") }));

export const PATCH = withApi({ access: "admin", body: apiOrdersSchema }, async (ctx) => ({
  user: await setUserApiOrders(actorOf(ctx), ctx.params.id ?? "", ctx.body),
}));
