import { withApi } from "@/lib/api/with-api";
import { deleteWebhook, getWebhookOrThrow, updateWebhook, webhookDto } from "@/lib/webhooks/endpoints";
import { updateWebhookSchema } from "@/lib/webhooks/webhook-schemas";

// GET /api/admin/webhooks/:id — one endpoint, with its secret.
export const GET = withApi({ access: "admin" }, async ({ params }) => ({
  webhook: webhookDto(await getWebhookOrThrow(params.id ?? ""), true),
}));

// PATCH /api/admin/webhooks/:id — change url or events, rotate the secret, disable or enable.
export const PATCH = withApi({ access: "admin", body: updateWebhookSchema }, async ({ params, body }) => ({
  webhook: await updateWebhook(params.id ?? "", body),
}));

// DELETE /api/admin/webhooks/:id — remove the endpoint and its delivery log.
export const DELETE = withApi({ access: "admin" }, async ({ params }) => {
  await deleteWebhook(params.id ?? "");
  return { deleted: true };
});
