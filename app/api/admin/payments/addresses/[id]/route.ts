// DELETE /api/admin/payments/addresses/:id — takes an operator-added address out of use (environment ones are refused).
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { removeReceivingAddress } from "@/lib/admin/payments/receiving-addresses";

export const DELETE = withApi({ access: "admin" }, async (ctx) => removeReceivingAddress(actorOf(ctx), ctx.params.id ?? ""));
