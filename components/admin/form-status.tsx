"use client";
// What a console form's action answered: "saved", or the translated reason with the API's
// detail (which names the rule that failed), announced to screen readers.
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/admin/actions/action-state";
import { formAlert } from "@/components/ui/styles";
import { successNote } from "./styles";

export function FormStatus({ state, success }: { state: ActionState; success?: string }) {
  const t = useTranslations("Admin.errors");
  if (state.ok === true && success) {
    return (
      <p role="status" className={successNote} data-testid="form-success">
        {success}
      </p>
    );
  }
  if (state.ok !== false) return null;
  return (
    <div role="alert" className={formAlert} data-testid="form-error">
      <p>{t(state.error ?? "failed")}</p>
      {state.detail && (
        <p className="mt-1 font-mono text-xs" lang="en">
          {state.detail}
        </p>
      )}
    </div>
  );
}
