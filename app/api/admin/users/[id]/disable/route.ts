// POST /api/admin/users/:id/disable — the account cannot sign in; its sessions end and its tokens stop working.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { setUserDisabled } from "@/lib/admin/users";

export const POST = withApi({ access: "admin" }, async (ctx) => ({ user: await setUserDisabled(actorOf(ctx), ctx.params.id ?? "", true) }));
