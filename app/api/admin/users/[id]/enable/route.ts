// POST /api/admin/users/:id/enable — a disabled account may sign in again (its old tokens stay revoked).
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { setUserDisabled } from "@/lib/admin/users";

export const POST = withApi({ access: "admin" }, async (ctx) => ({
  user: await setUserDisabled(actorOf(ctx), ctx.params.id ?? "", false),
}));
