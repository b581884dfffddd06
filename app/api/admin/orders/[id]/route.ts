// GET /api/admin/orders/:id — one order (by id or order number) with its payment trail, operator actions and items.
import { withApi } from "@/lib/api/with-api";
import { getAdminOrderOrThrow } from "@/lib/admin/orders/order-detail";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ order: await getAdminOrderOrThrow(params.id ?? "") }));
