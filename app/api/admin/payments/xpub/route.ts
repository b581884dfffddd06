// PUT /api/admin/payments/xpub — enter or replace the Bitcoin xpub (refused while BTC_XPUB is set); DELETE removes it.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { removeBtcXpub, setBtcXpub } from "@/lib/admin/payments/btc-xpub";
import { setXpubSchema } from "@/lib/admin/payments/payment-request-schemas";

export const PUT = withApi({ access: "admin", body: setXpubSchema }, async (ctx) => setBtcXpub(actorOf(ctx), ctx.body.xpub));

export const DELETE = withApi({ access: "admin" }, async (ctx) => removeBtcXpub(actorOf(ctx)));
