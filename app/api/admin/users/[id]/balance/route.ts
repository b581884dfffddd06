// POST /api/admin/users/:id/balance — {currency, amount, reason}: a signed adjustment with its ledger entry, never below zero.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { adjustBalance } from "@/lib/admin/users";
import { balanceAdjustmentSchema } from "@/lib/admin/request-schemas";

export const POST = withApi({ access: "admin", body: balanceAdjustmentSchema }, async (ctx) => ({
  adjustment: await adjustBalance(actorOf(ctx), ctx.params.id ?? "", ctx.body),
}));
