// DELETE /api/admin/blacklist/:id — removes an entry: that buyer's orders are accepted again.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { removeBlacklistEntry } from "@/lib/admin/blacklist";

export const DELETE = withApi({ access: "admin" }, async (ctx) => removeBlacklistEntry(actorOf(ctx), ctx.params.id ?? ""));
