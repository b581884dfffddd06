// POST /api/admin/payments/rails/:rail/test — one signed call to the provider that changes nothing; answers ok or the reason.
import { withApi } from "@/lib/api/with-api";
import { testRailConnection } from "@/lib/admin/payments/rail-test";

export const POST = withApi({ access: "admin" }, async (ctx) => ({ test: await testRailConnection(ctx.params.rail ?? "") }));
