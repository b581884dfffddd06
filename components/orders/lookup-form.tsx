"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { LookupResult } from "./lookup-result";
import type { LookupState, LookupView } from "./lookup-state";
import { useLiveLookup } from "./use-live-lookup";
import { formAlert, primaryButton } from "@/components/ui/styles";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";

const field =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

type Action = (previous: LookupState, form: FormData) => Promise<LookupState>;

const secondsUntil = (at: number | undefined) => (at ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : 0);

/** Seconds until `at` (ms), counting down each second; 0 once it has passed or when there is none. */
function useSecondsUntil(at: number | undefined): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(at));
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new deadline restarts the countdown at once
    setSeconds(secondsUntil(at));
    if (!at) return;
    const timer = setInterval(() => setSeconds(secondsUntil(at)), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return seconds;
}

/**
 * Posts to a server action (the email stays out of URLs). It works without JavaScript too:
 * the page then renders again with the action's answer. The fields keep what was typed
 * whatever the answer; a refusal by the lookup limit counts down to when to try again.
 */
export function LookupForm({
  action,
  refresh,
  orderNo,
  contactEmail,
}: {
  action: Action;
  refresh: (grant: string) => Promise<LookupView | null>;
  orderNo: string;
  contactEmail: string;
}) {
  const t = useTranslations("Order");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { orderNo, email: "" });
  // Controlled: React resets uncontrolled fields after a form action.
  const [typedNo, setTypedNo] = useState(state.orderNo);
  const [typedEmail, setTypedEmail] = useState(state.email);
  const formElement = useRef<HTMLFormElement>(null);
  useTypedBeforeHydration(formElement, { no: setTypedNo, email: setTypedEmail });
  const wait = useSecondsUntil(state.retryAt);
  const view = useLiveLookup(state.view, refresh);
  const error = state.retryAt ? (wait > 0 ? t("errorRateLimited", { seconds: wait }) : t("retryNow")) : state.error;
  return (
    <>
      <form
        ref={formElement}
        action={formAction}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
        aria-describedby={error ? "lookup-error" : undefined}
      >
        {error && (
          <p
            id="lookup-error"
            role={state.retryAt && wait === 0 ? "status" : "alert"}
            className={state.retryAt && wait === 0 ? "rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900" : formAlert}
            data-testid="lookup-error"
          >
            {error}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block text-sm font-medium">
            {t("orderNo")}
            <input
              name="no"
              value={typedNo}
              onChange={(event) => setTypedNo(event.target.value)}
              required
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              className={`${field} font-mono`}
            />
          </label>
          <label className="block text-sm font-medium">
            {t("email")}
            <input
              name="email"
              type="email"
              value={typedEmail}
              onChange={(event) => setTypedEmail(event.target.value)}
              required
              maxLength={254}
              autoComplete="email"
              className={field}
            />
          </label>
        </div>
        <button type="submit" disabled={pending || wait > 0} className={`${primaryButton} px-4 py-2 font-medium`}>
          {t("lookupButton")}
        </button>
      </form>
      <div aria-live="polite" className="space-y-6">
        {view && <LookupResult view={view} locale={locale} contactEmail={contactEmail} />}
      </div>
    </>
  );
}
