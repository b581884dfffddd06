// GET /api/admin/users/:id — one account: balances, role, state, order and live-token counts.
import { withApi } from "@/lib/api/with-api";
import { getAdminUserOrThrow } from "@/lib/admin/users";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ user: await getAdminUserOrThrow(params.id ?? "") }));
