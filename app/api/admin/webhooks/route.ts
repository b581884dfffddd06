import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { createWebhook, listWebhooks } from "@/lib/webhooks/endpoints";
import { createWebhookSchema } from "@/lib/webhooks/webhook-schemas";

// GET /api/admin/webhooks — the operator's webhook endpoints and their state (secrets left out).
export const GET = withApi({ access: "admin" }, async () => ({ webhooks: await listWebhooks() }));

// POST /api/admin/webhooks — register an endpoint {url, events, secret?}; the answer carries the secret.
export const POST = withApi({ access: "admin", body: createWebhookSchema }, async (ctx) => ({
  webhook: await createWebhook(ctx.body, actorOf(ctx)),
}));
