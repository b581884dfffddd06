"use client";
// The new password for a reset link (server action + useActionState). Done, it points to
// sign-in; a link that stopped working on the way points to a new request.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ResetPasswordState } from "@/lib/auth/password-reset-forms";
import { formAlert, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { gapAfter } from "@/lib/i18n/gap";

type Props = { token: string; action: (previous: ResetPasswordState, form: FormData) => Promise<ResetPasswordState> };

const linkClass = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";

export function ResetPasswordForm({ token, action }: Props) {
  const t = useTranslations("PasswordReset");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });

  if (state.status === "done") {
    return (
      <div role="status" className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4 sm:p-6" data-testid="password-changed">
        <h2 className="font-semibold text-emerald-900">{t("doneTitle")}</h2>
        <p className="text-emerald-900">{t("done")}</p>
        <Link href="/sign-in" className={`${primaryButton} inline-block px-4 py-2.5 font-medium`}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const error = state.status === "error" ? state.error : undefined;
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="reset-password-form"
    >
      {error === "invalidLink" && (
        <p role="alert" className={formAlert}>
          {t("invalid")}
          {gapAfter(t("invalid"))}
          <Link href="/forgot-password" className={linkClass}>
            {t("requestNew")}
          </Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        label={t("newPassword")}
        error={error && error !== "invalidLink" ? t(error) : undefined}
        hint={t("passwordHint")}
        name="password"
        type="password"
        required
        minLength={8}
        maxLength={200}
        autoComplete="new-password"
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full px-4 py-2.5 font-medium`}>
        {pending ? t("working") : t("saveButton")}
      </button>
    </form>
  );
}
