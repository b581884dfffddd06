// GET /api/payment-config — enabled payment methods and coins, and the CNY/USDT rate.
import { withApi } from "@/lib/api/with-api";
import { paymentConfig } from "@/lib/payments/payment-config";

export const GET = withApi({ access: "public" }, async () => paymentConfig());
