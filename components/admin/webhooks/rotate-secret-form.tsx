"use client";
// Rotate an endpoint's secret (asked first): the new one is shown once; the old one keeps
// signing alongside it for 24 hours so the receiver can switch over.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { rotateWebhookSecretAction } from "@/lib/admin/actions/webhooks";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { ConfirmSubmit } from "../confirm-submit";
import { FormStatus } from "../form-status";
import { secondaryButton } from "../styles";
import { SecretOnce } from "./secret-once";

export function RotateSecretForm({ id }: { id: string }) {
  const t = useTranslations("AdminNotify.webhooks");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(rotateWebhookSecretAction, idle);
  return (
    <form action={action} className="space-y-2" data-testid="webhook-rotate">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-600">{t("rotateHint")}</p>
      <ConfirmSubmit message={t("confirmRotate")} className={secondaryButton} disabled={pending} testId="webhook-rotate-submit">
        {t("rotate")}
      </ConfirmSubmit>
      <FormStatus state={state} />
      {state.ok && state.result?.secret && <SecretOnce secret={String(state.result.secret)} title={t("rotatedTitle")} />}
    </form>
  );
}
