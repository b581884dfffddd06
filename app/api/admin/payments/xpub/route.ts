// PUT /api/admin/payments/xpub — enter, replace or (null) remove the Bitcoin xpub; refused while BTC_XPUB is set.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { removeBtcXpub, setBtcXpub } from "@/lib/admin/payments/btc-xpub";
import { setXpubSchema } from "@/lib/admin/payments/payment-request-schemas";

export const PUT = withApi({ access: "admin", body: setXpubSchema }, async (ctx) =>
  ctx.body.xpub === null ? removeBtcXpub(actorOf(ctx)) : setBtcXpub(actorOf(ctx), ctx.body.xpub),
);
