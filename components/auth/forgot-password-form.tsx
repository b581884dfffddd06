"use client";
// Asks for a reset link (a server action with useActionState, so it works without JavaScript
// too). Once sent it says so, in the same words whether the email has an account or not.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ForgotPasswordState } from "@/lib/auth/password-reset-forms";
import { formAlert, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";

type Props = { action: (previous: ForgotPasswordState, form: FormData) => Promise<ForgotPasswordState> };

export function ForgotPasswordForm({ action }: Props) {
  const t = useTranslations("PasswordReset");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });

  if (state.status === "sent") {
    return (
      <div role="status" className="space-y-2 rounded-xl border border-emerald-200 bg-emerald-50 p-4 sm:p-6" data-testid="reset-link-sent">
        <h2 className="font-semibold text-emerald-900">{t("sentTitle")}</h2>
        <p className="text-emerald-900">{t("sent", { email: state.email, minutes: state.minutes })}</p>
        <p className="text-sm text-emerald-800">{t("sentHint")}</p>
      </div>
    );
  }
  const failed = state.status === "error" ? state : undefined;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="forgot-password-form"
    >
      {failed?.error === "rateLimited" && (
        <p role="alert" className={formAlert}>
          {t("errorRateLimited", { minutes: failed.minutes ?? 60 })}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="forgot-email"
        key={failed?.email}
        label={t("email")}
        error={failed?.error === "emailInvalid" ? t("emailInvalid") : undefined}
        name="email"
        type="email"
        defaultValue={failed?.email}
        required
        maxLength={254}
        autoComplete="email"
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full px-4 py-2.5 font-medium`}>
        {pending ? t("working") : t("sendLink")}
      </button>
    </form>
  );
}
