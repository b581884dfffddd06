"use server";
// The console's webhook forms, over the services behind /api/admin/webhooks (same schemas,
// same audit entries). A secret is answered to the form that created or rotated it, once.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { createWebhook, updateWebhook, deleteWebhook } from "../../webhooks/endpoints";
import { redeliver } from "../../webhooks/deliveries";
import { createWebhookSchema, updateWebhookSchema } from "../../webhooks/webhook-schemas";
import { revalidateConsole } from "./revalidate";
import { failed, text, textList, unlessGone, type ActionState } from "./action-state";
import { localeOf } from "./locale";

const events = (form: FormData) => textList(form, "events");

export async function createWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  let created;
  try {
    const secret = text(form, "secret").trim();
    created = await createWebhook(
      createWebhookSchema.parse({ url: text(form, "url").trim(), events: events(form), ...(secret ? { secret } : {}) }),
      actor,
    );
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true, result: { id: created.id, secret: created.secret ?? "" } };
}

export async function updateWebhookAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    await updateWebhook(text(form, "id"), updateWebhookSchema.parse({ url: text(form, "url").trim(), events: events(form) }), actor);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}

/** A new secret; the previous one keeps signing for 24 hours (the page says so). */
export async function rotateWebhookSecretAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  let updated;
  try {
    updated = await updateWebhook(text(form, "id"), { rotateSecret: true }, actor);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true, result: { secret: updated.secret ?? "" } };
}

export async function setWebhookEnabledAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  const id = text(form, "id");
  await unlessGone(updateWebhook(id, { enabled: text(form, "enabled") === "true" }, actor));
  revalidateConsole();
  redirect(`/${localeOf(form)}/admin/webhooks/${encodeURIComponent(id)}`);
}

export async function deleteWebhookAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  await unlessGone(deleteWebhook(text(form, "id"), actor));
  revalidateConsole();
  redirect(`/${localeOf(form)}/admin/webhooks?deleted=1`);
}

export async function redeliverAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  const id = text(form, "id");
  await unlessGone(redeliver(id, text(form, "delivery_id"), actor));
  redirect(`/${localeOf(form)}/admin/webhooks/${encodeURIComponent(id)}?redelivered=1`);
}
