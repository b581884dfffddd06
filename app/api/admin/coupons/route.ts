// GET /api/admin/coupons — coupons by code (search, active filter, cursor paging); POST creates one (201).
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { actorOf } from "@/lib/admin/actor";
import { createCoupon, listCoupons } from "@/lib/admin/coupons";
import { couponListQuerySchema, createCouponSchema } from "@/lib/admin/request-schemas";

export const GET = withApi({ access: "admin" }, async ({ query }) => {
  const { items, next_cursor } = await listCoupons(parseQuery(couponListQuerySchema, query));
  return { coupons: items, next_cursor };
});

export const POST = withApi({ access: "admin", body: createCouponSchema }, async (ctx) =>
  NextResponse.json({ success: true, coupon: await createCoupon(actorOf(ctx), ctx.body) }, { status: 201 }),
);
