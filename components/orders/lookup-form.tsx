"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { LookupResult } from "./lookup-result";
import type { LookupState } from "./lookup-state";
import { formAlert, primaryButton } from "@/components/ui/styles";

const field =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

type Action = (previous: LookupState, form: FormData) => Promise<LookupState>;

/**
 * Posts to a server action (the email stays out of URLs). It works without JavaScript too:
 * the page then renders again with the action's answer.
 */
export function LookupForm({ action, orderNo }: { action: Action; orderNo: string }) {
  const t = useTranslations("Order");
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(action, { orderNo, email: "" });
  const error = state.error;
  return (
    <>
      <form
        action={formAction}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
        aria-describedby={error ? "lookup-error" : undefined}
      >
        {error && (
          <p id="lookup-error" role="alert" className={formAlert} data-testid="lookup-error">
            {error}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block text-sm font-medium">
            {t("orderNo")}
            <input name="no" defaultValue={state.orderNo} required maxLength={64} autoComplete="off" spellCheck={false} className={`${field} font-mono`} />
          </label>
          <label className="block text-sm font-medium">
            {t("email")}
            <input name="email" type="email" defaultValue={state.email} required maxLength={254} autoComplete="email" className={field} />
          </label>
        </div>
        <button
          type="submit"
          disabled={pending}
          className={`${primaryButton} px-4 py-2 font-medium`}
        >
          {t("lookupButton")}
        </button>
      </form>
      <div aria-live="polite" className="space-y-6">
        {state.found && <LookupResult found={state.found} qrSvg={state.qrSvg} locale={locale} />}
      </div>
    </>
  );
}
