"use client";
// "Test connection" for one cashier rail: a signed call that changes nothing at the provider;
// the answer (ok, or the provider's reason in English) is announced where the button is.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { testRailAction } from "@/lib/admin/actions/payments";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { formAlert } from "@/components/ui/styles";
import { FormStatus } from "../form-status";
import { secondaryButton, successNote } from "../styles";

export function RailTestButton({ rail }: { rail: string }) {
  const t = useTranslations("AdminPayments.rails");
  const [state, action, pending] = useActionState<ActionState, FormData>(testRailAction, idle);
  const result = state.ok ? state.result : undefined;
  return (
    <form action={action} className="space-y-2" data-testid={`rail-test-${rail}`}>
      <input type="hidden" name="rail" value={rail} />
      <button type="submit" disabled={pending} className={secondaryButton} data-testid={`rail-test-button-${rail}`}>
        {pending ? t("testing") : t("test")}
      </button>
      <div aria-live="polite">
        {result && (
          <div className={result.passed ? successNote : formAlert} data-testid={`rail-test-result-${rail}`}>
            <p>{result.passed ? t("testOk", { ms: Number(result.ms) }) : t("testFailed")}</p>
            <p className="mt-1 break-words font-mono text-xs" lang="en">
              {String(result.message)}
            </p>
          </div>
        )}
      </div>
      <FormStatus state={state.ok === false ? state : idle} />
    </form>
  );
}
