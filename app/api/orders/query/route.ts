// GET /api/orders/query?order_no=...&email=... — an order and its items, by number + email.
import { withApi } from "@/lib/api/with-api";
import { lookupOrderLimited } from "@/lib/orders/lookup-limited";

export const GET = withApi({ access: "public" }, async ({ query, ip }) =>
  lookupOrderLimited(query.get("order_no"), query.get("email"), ip),
);
