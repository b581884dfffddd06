// POST /api/topups — a signed-in shopper tops up a balance (CNY: alipay, wechat, crypto; USDT: crypto).
import { withApi } from "@/lib/api/with-api";
import { createTopupSchema } from "@/lib/topups/schemas";
import { createTopup } from "@/lib/topups/create-topup";

export const POST = withApi({ access: "user", body: createTopupSchema }, async ({ body, user }) => createTopup(body, user!.id));
