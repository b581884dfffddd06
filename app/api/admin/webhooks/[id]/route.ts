import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { deleteWebhook, getWebhookOrThrow, updateWebhook, webhookDto } from "@/lib/webhooks/endpoints";
import { updateWebhookSchema } from "@/lib/webhooks/webhook-schemas";

// GET /api/admin/webhooks/:id — one endpoint, with its secret.
export const GET = withApi({ access: "admin" }, async ({ params }) => ({
  webhook: webhookDto(await getWebhookOrThrow(params.id ?? ""), true),
}));

// PATCH /api/admin/webhooks/:id — change url or events, rotate the secret, disable or enable.
export const PATCH = withApi({ access: "admin", body: updateWebhookSchema }, async (ctx) => ({
  webhook: await updateWebhook(ctx.params.id ?? "", ctx.body, actorOf(ctx)),
}));

// DELETE /api/admin/webhooks/:id — remove the endpoint and its delivery log.
export const DELETE = withApi({ access: "admin" }, async (ctx) => {
  await deleteWebhook(ctx.params.id ?? "", actorOf(ctx));
  return { deleted: true };
});
