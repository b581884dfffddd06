// POST /api/admin/users/:id/reset-two-factor — turns an operator's two-factor off (lost authenticator); they enrol again.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { resetUserTwoFactor } from "@/lib/admin/users";

export const POST = withApi({ access: "admin" }, async (ctx) => resetUserTwoFactor(actorOf(ctx), ctx.params.id ?? ""));
