"use client";
// The sign-in and registration form: a server action with useActionState, so it also works
// before (or without) JavaScript. The server validates; the browser's own (untranslated)
// validation bubbles are switched off so every message is the shop's, in the page's language.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AuthFormState } from "@/app/[locale]/(auth)/actions";
import { formAlert, primaryButton } from "@/components/ui/styles";

const field =
  "mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

type Props = {
  mode: "signIn" | "register";
  action: (previous: AuthFormState, form: FormData) => Promise<AuthFormState>;
  callbackUrl?: string;
};

export function AuthForm({ mode, action, callbackUrl }: Props) {
  const t = useTranslations("Auth");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false, email: "" });
  const failed = state.ok ? undefined : state;
  const fieldError = failed?.fieldErrors;
  const formError = failed?.error
    ? failed.error === "rateLimited"
      ? t("errorRateLimited", { seconds: failed.seconds ?? 60 })
      : t(failed.error === "emailTaken" ? "errorEmailTaken" : "errorInvalidCredentials")
    : undefined;

  return (
    <form action={formAction} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6" data-testid={`${mode}-form`}>
      {formError && (
        <p role="alert" className={formAlert} data-testid="auth-error">
          {formError}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div>
        <label htmlFor="auth-email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="auth-email"
          name="email"
          type="email"
          defaultValue={failed?.email}
          key={failed?.email}
          required
          maxLength={254}
          autoComplete="email"
          aria-invalid={fieldError?.email ? true : undefined}
          aria-describedby={fieldError?.email ? "auth-email-error" : undefined}
          className={`${field} ${fieldError?.email ? "border-rose-500" : "border-slate-300"}`}
        />
        {fieldError?.email && (
          <p id="auth-email-error" className="mt-1 text-sm text-rose-700">
            {t(fieldError.email)}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="auth-password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="auth-password"
          name="password"
          type="password"
          required
          minLength={mode === "register" ? 8 : undefined}
          maxLength={200}
          autoComplete={mode === "register" ? "new-password" : "current-password"}
          aria-invalid={fieldError?.password ? true : undefined}
          aria-describedby={fieldError?.password ? "auth-password-error" : mode === "register" ? "auth-password-hint" : undefined}
          className={`${field} ${fieldError?.password ? "border-rose-500" : "border-slate-300"}`}
        />
        {fieldError?.password ? (
          <p id="auth-password-error" className="mt-1 text-sm text-rose-700">
            {t(fieldError.password)}
          </p>
        ) : (
          mode === "register" && (
            <p id="auth-password-hint" className="mt-1 text-sm text-slate-600">
              {t("passwordHint")}
            </p>
          )
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={`${primaryButton} w-full px-4 py-2.5 font-medium`}
      >
        {pending ? t("working") : t(mode === "register" ? "registerButton" : "signInButton")}
      </button>
    </form>
  );
}
