"use client";
// The console's sign-in: email, password and, for operators who set it up, the code from
// the authenticator app (or a recovery code). Works without JavaScript (server action).
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { adminSignInAction, type AdminSignInState } from "@/lib/admin/actions/session";
import { TextField } from "@/components/ui/text-field";
import { formAlert, primaryButton } from "@/components/ui/styles";

export function AdminSignInForm() {
  const t = useTranslations("Admin.signIn");
  const locale = useLocale();
  const [state, action, pending] = useActionState<AdminSignInState, FormData>(adminSignInAction, { ok: null });
  const error = state.error
    ? state.error === "rateLimited"
      ? t("errors.rateLimited", { seconds: state.seconds ?? 60 })
      : t(`errors.${state.error}`)
    : undefined;
  return (
    <form
      action={action}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="admin-sign-in-form"
    >
      {error && (
        <p role="alert" className={formAlert} data-testid="admin-sign-in-error">
          {error}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="admin-email"
        key={state.email}
        name="email"
        type="email"
        label={t("email")}
        defaultValue={state.email}
        autoComplete="username"
        required
        maxLength={254}
      />
      <TextField
        id="admin-password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        maxLength={200}
      />
      <TextField
        id="admin-totp"
        name="totp"
        label={t("code")}
        hint={t("codeHint")}
        inputMode="text"
        autoComplete="one-time-code"
        maxLength={32}
        error={state.error === "totpRequired" || state.error === "totpInvalid" ? t(`errors.${state.error}`) : undefined}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full px-4 py-2.5 font-medium`}>
        {pending ? t("working") : t("submit")}
      </button>
    </form>
  );
}
