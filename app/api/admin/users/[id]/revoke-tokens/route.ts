// POST /api/admin/users/:id/revoke-tokens — ends every session of the account and revokes all its API tokens.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { revokeUserTokens } from "@/lib/admin/users";

export const POST = withApi({ access: "admin" }, async (ctx) => revokeUserTokens(actorOf(ctx), ctx.params.id ?? ""));
