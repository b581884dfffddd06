"use client";
// Names and creates a token; the secret lives only in this form's state, shown once.
import { useActionState, useEffect, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { CreateTokenState } from "@/lib/auth/token-actions";
import { CopyButton } from "@/components/ui/copy-button";
import { primaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";

type Props = {
  action: (previous: CreateTokenState, form: FormData) => Promise<CreateTokenState>;
  /** Changes with every revoke: an error this form showed before it is stale then. */
  revokedAt?: string;
};

export function CreateTokenForm({ action, revokedAt }: Props) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: false, name: "" });
  // Messages say what the last action did: a revoke hides this form's older error, and a new
  // token clears the page's older revoke message (its ?revoked address).
  const [staleState, setStaleState] = useState<CreateTokenState | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a revoke (a prop from the URL) outdates the shown answer
    if (revokedAt) setStaleState(state);
    // Only a new revoke (revokedAt) makes the current answer stale, not a new answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revokedAt]);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  useEffect(() => {
    if (state.ok && searchParams.has("revoked")) router.replace(pathname, { scroll: false });
  }, [state, searchParams, router, pathname]);
  const error = state.ok || state === staleState ? undefined : state.error;
  return (
    <section aria-labelledby="create-token-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="create-token-heading" className="text-base font-semibold">
        {t("createToken")}
      </h2>
      <form action={formAction} noValidate className="mt-3 flex flex-wrap items-start gap-3">
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="token-name"
          key={state.ok ? state.token : state.name}
          className="min-w-0 flex-1 basis-56"
          label={t("tokenName")}
          error={error && t(error)}
          hint={t("tokenNameHint")}
          name="name"
          required
          maxLength={60}
          autoComplete="off"
          defaultValue={state.ok ? "" : state.name}
        />
        <button type="submit" disabled={pending} className={`${primaryButton} sm:mt-6 px-4 py-2 font-medium`}>
          {t("createButton")}
        </button>
      </form>
      {state.ok && (
        <div className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 p-3 sm:p-4" data-testid="new-token">
          <p className="font-medium text-emerald-900">{t("newTokenTitle", { name: state.name })}</p>
          <p className="mt-1 text-sm text-emerald-900">{t("newTokenOnce")}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1.5 font-mono text-sm text-slate-900"
              data-testid="new-token-value"
            >
              {state.token}
            </code>
            <CopyButton text={state.token} label={t("copy")} />
          </div>
        </div>
      )}
    </section>
  );
}
