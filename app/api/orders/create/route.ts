// POST /api/orders/create — create an order; balance methods pay and deliver at once.
import { withApi } from "@/lib/api/with-api";
import { createOrderSchema } from "@/lib/orders/schemas";
import { placeOrder } from "@/lib/orders/place-order";
import { acceptLanguageLocale } from "@/lib/i18n/request-locale";

export const POST = withApi({ access: "optional-user", body: createOrderSchema }, async ({ req, body, user, ip }) =>
  placeOrder(
    body,
    {
      userId: user?.id ?? null,
      clientIp: ip,
      locale: acceptLanguageLocale(req.headers.get("accept-language")),
      email: user?.email ?? null,
      apiOrders: user?.apiOrders,
    },
    req.headers.get("idempotency-key"),
  ),
);
