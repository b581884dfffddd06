// POST /api/topups — a signed-in shopper tops up a balance (CNY: alipay, wechat, crypto; USDT: crypto).
import { withApi } from "@/lib/api/with-api";
import { createTopupSchema } from "@/lib/topups/schemas";
import { createTopup } from "@/lib/topups/create-topup";
import { acceptLanguageLocale } from "@/lib/i18n/request-locale";

export const POST = withApi({ access: "user", body: createTopupSchema }, async ({ req, body, user }) =>
  createTopup(body, user!.id, acceptLanguageLocale(req.headers.get("accept-language"))),
);
