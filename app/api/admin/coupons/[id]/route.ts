// GET/PATCH/DELETE /api/admin/coupons/:id — one coupon; DELETE deactivates a coupon that orders used.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { deleteCoupon, getCouponOrThrow, updateCoupon } from "@/lib/admin/coupons";
import { updateCouponSchema } from "@/lib/admin/request-schemas";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ coupon: await getCouponOrThrow(params.id ?? "") }));

export const PATCH = withApi({ access: "admin", body: updateCouponSchema }, async (ctx) => ({
  coupon: await updateCoupon(actorOf(ctx), ctx.params.id ?? "", ctx.body),
}));

export const DELETE = withApi({ access: "admin" }, async (ctx) => deleteCoupon(actorOf(ctx), ctx.params.id ?? ""));
