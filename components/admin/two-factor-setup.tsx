"use client";
// Two-factor set-up: scan the QR code (or type the secret), enter the first code; the
// recovery codes are then shown once. Also renews recovery codes once set up.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { enrolTwoFactorAction, renewRecoveryCodesAction, type TwoFactorState } from "@/lib/admin/actions/session";
import { TextField } from "@/components/ui/text-field";
import { formAlert, primaryButton } from "@/components/ui/styles";
import { Link } from "@/lib/i18n/navigation";
import { CopyButton } from "@/components/ui/copy-button";
import { card, secondaryButton } from "./styles";
import { gapAfter } from "@/lib/i18n/gap";

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("Admin.twoFactor");
  return (
    <div className={`${card} space-y-3`} data-testid="recovery-codes">
      <h2 className="font-semibold">{t("codesTitle")}</h2>
      <p className="text-sm text-slate-700">{t("codesIntro")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((code) => (
          <li key={code} className="rounded bg-slate-100 px-2 py-1" data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={codes.join("\n")} label={t("copyCodes")} />
        <Link href="/admin" className={secondaryButton} data-testid="two-factor-continue">
          {t("continue")}
        </Link>
      </div>
    </div>
  );
}

export function TwoFactorEnrol({ qrSvg, secret }: { qrSvg: string; secret: string }) {
  const t = useTranslations("Admin.twoFactor");
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(enrolTwoFactorAction, { ok: null });
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  return (
    <div className={`${card} space-y-4`}>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
      </ol>
      <div
        className="mx-auto w-48"
        role="img"
        aria-label={t("qrLabel")}
        dangerouslySetInnerHTML={{ __html: qrSvg }}
        data-testid="two-factor-qr"
      />
      <p className="text-sm">
        {t("secretLabel")}
        {gapAfter(t("secretLabel"))}
        <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="two-factor-secret">
          {secret}
        </code>
      </p>
      <form action={action} noValidate className="space-y-3">
        {state.error && (
          <p role="alert" className={formAlert}>
            {t("wrongCode")}
          </p>
        )}
        <TextField
          id="enrol-code"
          name="code"
          label={t("codeLabel")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
        />
        <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 font-medium`}>
          {t("enable")}
        </button>
      </form>
    </div>
  );
}

export function RenewRecoveryCodes() {
  const t = useTranslations("Admin.twoFactor");
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(renewRecoveryCodesAction, { ok: null });
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  return (
    <form action={action} noValidate className={`${card} space-y-3`}>
      <h2 className="font-semibold">{t("renewTitle")}</h2>
      <p className="text-sm text-slate-700">{t("renewIntro")}</p>
      {state.error && (
        <p role="alert" className={formAlert}>
          {t("wrongCode")}
        </p>
      )}
      <TextField
        id="renew-code"
        name="code"
        label={t("codeLabel")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
      />
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 font-medium`}>
        {t("renew")}
      </button>
    </form>
  );
}
