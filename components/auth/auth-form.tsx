"use client";
// The sign-in and registration form: a server action with useActionState, so it also works
// before (or without) JavaScript. The server validates; the browser's own (untranslated)
// validation bubbles are switched off so every message is the shop's, in the page's language.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AuthFormState } from "@/lib/auth/auth-actions";
import { formAlert, primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { PasswordField } from "@/components/ui/password-field";
import { Link } from "@/lib/i18n/navigation";

const formErrorKeys = {
  invalidCredentials: "errorInvalidCredentials",
  emailTaken: "errorEmailTaken",
  accountDisabled: "errorAccountDisabled",
  twoFactorRequired: "errorTwoFactorRequired",
} as const;

type Props = {
  mode: "signIn" | "register";
  action: (previous: AuthFormState, form: FormData) => Promise<AuthFormState>;
  callbackUrl?: string;
};

export function AuthForm({ mode, action, callbackUrl }: Props) {
  const t = useTranslations("Auth");
  const tp = useTranslations("PasswordField");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false, email: "" });
  const failed = state.ok ? undefined : state;
  const fieldError = failed?.fieldErrors;
  const formError = !failed?.error
    ? undefined
    : failed.error === "rateLimited" || failed.error === "registerRateLimited"
      ? t(failed.error === "rateLimited" ? "errorRateLimited" : "errorRegisterRateLimited", { seconds: failed.seconds ?? 60 })
      : t(formErrorKeys[failed.error]);

  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      data-testid={`${mode}-form`}
    >
      {formError && (
        <p role="alert" className={formAlert} data-testid="auth-error">
          {formError}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        id="auth-email"
        key={failed?.email}
        label={t("email")}
        error={fieldError?.email && t(fieldError.email)}
        name="email"
        type="email"
        defaultValue={failed?.email}
        required
        maxLength={254}
        autoComplete="email"
      />
      <PasswordField
        id="auth-password"
        label={t("password")}
        error={fieldError?.password && t(fieldError.password)}
        hint={mode === "register" ? t("passwordHint") : undefined}
        name="password"
        required
        minLength={mode === "register" ? 8 : undefined}
        maxLength={200}
        autoComplete={mode === "register" ? "new-password" : "current-password"}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full px-4 py-2.5 font-medium`}>
        {pending ? t("working") : t(mode === "register" ? "registerButton" : "signInButton")}
      </button>
      {mode === "register" && (
        <p className="text-sm text-slate-700" data-testid="terms-note">
          {tp.rich("agree", {
            terms: (chunks) => (
              <Link href="/terms" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </form>
  );
}
