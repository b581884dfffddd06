// GET /api/admin/payments/addresses — receiving addresses by coin (environment ones fixed), the xpub; POST adds one (201).
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { addReceivingAddress, listReceivingAddresses } from "@/lib/admin/payments/receiving-addresses";
import { addAddressSchema } from "@/lib/admin/payments/payment-request-schemas";

export const GET = withApi({ access: "admin" }, async () => listReceivingAddresses());

export const POST = withApi({ access: "admin", body: addAddressSchema }, async (ctx) =>
  NextResponse.json({ success: true, address: await addReceivingAddress(actorOf(ctx), ctx.body) }, { status: 201 }),
);
