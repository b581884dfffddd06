"use client";
// Resolve a flagged payment: the operator says what was done (refunded, acknowledged, …).
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { resolveFlagAction } from "@/lib/admin/actions/payments";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { TextField } from "@/components/ui/text-field";
import { FormStatus } from "../form-status";
import { secondaryButton } from "../styles";

export function ResolveFlagForm({ orderId }: { orderId: string }) {
  const t = useTranslations("AdminPayments.flagged");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(resolveFlagAction, idle);
  return (
    <form action={action} noValidate className="space-y-2" data-testid="resolve-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={orderId} />
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          id={`resolve-${orderId}`}
          name="note"
          label={t("note")}
          maxLength={500}
          className="w-56"
          error={state.ok === false ? t("noteRequired") : undefined}
        />
        <button type="submit" disabled={pending} className={secondaryButton} data-testid="resolve-submit">
          {t("resolve")}
        </button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
