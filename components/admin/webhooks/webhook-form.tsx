"use client";
// Register a webhook endpoint, or change one's URL and events (the same schemas as
// /api/admin/webhooks). A new endpoint's secret (the operator's own, or one generated) is
// shown here once, with a copy button.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createWebhookAction, updateWebhookAction } from "@/lib/admin/actions/webhooks";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-types";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { FormStatus } from "../form-status";
import { SecretOnce } from "./secret-once";

type Props = { webhook?: { id: string; url: string; events: string[] } };

export function WebhookForm({ webhook }: Props) {
  const t = useTranslations("AdminNotify.webhooks");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(webhook ? updateWebhookAction : createWebhookAction, idle);
  const invalid = (field: string) => (state.fields?.includes(field) ? t("invalidField") : undefined);
  const prefix = webhook ? "edit" : "new";
  return (
    <form action={action} noValidate className="space-y-3" data-testid={`webhook-form-${prefix}`}>
      <input type="hidden" name="locale" value={locale} />
      {webhook && <input type="hidden" name="id" value={webhook.id} />}
      <TextField
        id={`${prefix}-webhook-url`}
        name="url"
        label={t("url")}
        hint={t("urlHint")}
        type="url"
        defaultValue={webhook?.url}
        maxLength={2000}
        error={invalid("url")}
      />
      {!webhook && (
        <TextField
          id="new-webhook-secret"
          name="secret"
          label={t("ownSecret")}
          hint={t("ownSecretHint")}
          autoComplete="off"
          spellCheck={false}
          maxLength={120}
          error={invalid("secret")}
        />
      )}
      <fieldset aria-describedby={invalid("events") ? `${prefix}-events-error` : undefined}>
        <legend className="text-sm font-medium">{t("events")}</legend>
        <div className="mt-1 grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-x-4 gap-y-1">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="events"
                value={event}
                defaultChecked={webhook?.events.includes(event)}
                className="size-4 accent-indigo-700"
              />
              <span className="font-mono">{event}</span>
            </label>
          ))}
        </div>
        {invalid("events") && (
          <p id={`${prefix}-events-error`} className="mt-1 text-sm text-rose-700">
            {t("eventsRequired")}
          </p>
        )}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className={`${primaryButton} px-4 py-2 text-sm font-medium`}
        data-testid={`webhook-${prefix}-submit`}
      >
        {webhook ? t("save") : t("create")}
      </button>
      <FormStatus state={state} success={webhook ? t("saved") : undefined} />
      {!webhook && state.ok && state.result?.secret && (
        <SecretOnce secret={String(state.result.secret)} title={t("createdTitle")} link={`/admin/webhooks/${state.result.id}`} />
      )}
    </form>
  );
}
