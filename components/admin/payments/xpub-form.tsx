"use client";
// Enter or replace the Bitcoin xpub while BTC_XPUB is unset (the same schema as PUT
// /api/admin/payments/xpub): a mainnet xpub or zpub, checked as BTC_XPUB is.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setXpubAction } from "@/lib/admin/actions/payments";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { FormStatus } from "../form-status";

export function XpubForm({ replacing }: { replacing: boolean }) {
  const t = useTranslations("AdminPayments.addresses");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(setXpubAction, idle);
  const invalid = state.ok === false && state.error !== "conflict" ? t("invalidXpub") : undefined;
  return (
    <form action={action} noValidate className="grid items-end gap-3 sm:grid-cols-[1fr_auto]" data-testid="xpub-form">
      <input type="hidden" name="locale" value={locale} />
      <TextField id="xpub-value" name="xpub" label={t("xpubField")} maxLength={200} autoComplete="off" spellCheck={false} error={invalid} />
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 text-sm font-medium`} data-testid="xpub-save">
        {replacing ? t("xpubReplace") : t("xpubSave")}
      </button>
      <div className="sm:col-span-2">
        <FormStatus state={state} success={t("xpubSaved")} />
      </div>
    </form>
  );
}
