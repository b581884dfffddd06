"use client";
// Current and new password; a server action with useActionState, so it works without JavaScript too.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ChangePasswordState } from "@/lib/auth/change-password-state";
import { formAlert, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";

type Props = { action: (previous: ChangePasswordState, form: FormData) => Promise<ChangePasswordState> };

export function ChangePasswordForm({ action }: Props) {
  const t = useTranslations("AccountPassword");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, {});
  const formError =
    state.error === "rateLimited" ? t("errorRateLimited", { seconds: state.seconds ?? 60 }) : state.error && t("errorCurrentWrong");
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-md space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="password-form"
    >
      {formError && (
        <p role="alert" className={formAlert} data-testid="password-error">
          {formError}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="current-password"
        label={t("currentPassword")}
        error={state.fieldErrors?.currentPassword && t(state.fieldErrors.currentPassword)}
        name="currentPassword"
        type="password"
        required
        maxLength={200}
        autoComplete="current-password"
      />
      <TextField
        id="new-password"
        label={t("newPassword")}
        error={state.fieldErrors?.newPassword && t(state.fieldErrors.newPassword)}
        hint={t("newPasswordHint")}
        name="newPassword"
        type="password"
        required
        minLength={8}
        maxLength={200}
        autoComplete="new-password"
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full px-4 py-2.5 font-medium`}>
        {pending ? t("working") : t("submit")}
      </button>
    </form>
  );
}
