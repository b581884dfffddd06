"use client";
// "Resend delivery email" on a completed order (asked first). The key is made when the page
// renders: submitting the same form twice queues one mail; the next page load makes a new key.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { resendDeliveryMailAction } from "@/lib/admin/actions/orders";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { ConfirmSubmit } from "./confirm-submit";
import { FormStatus } from "./form-status";
import { card, secondaryButton } from "./styles";

export function ResendMailForm({ orderId, email, resendKey }: { orderId: string; email: string; resendKey: string }) {
  const t = useTranslations("AdminNotify.resend");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(resendDeliveryMailAction, idle);
  const outcome = state.result?.outcome as "pending" | "skipped" | "already" | undefined;
  return (
    <form action={action} className={`${card} space-y-3`} data-testid="resend-mail">
      <h2 className="font-semibold">{t("title")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={orderId} />
      <input type="hidden" name="key" value={resendKey} />
      <p className="text-sm text-slate-600">{t("intro", { email })}</p>
      <ConfirmSubmit message={t("confirm", { email })} className={secondaryButton} disabled={pending} testId="resend-mail-submit">
        {t("button")}
      </ConfirmSubmit>
      <FormStatus state={state} success={outcome ? t(outcome === "pending" ? "queued" : outcome) : undefined} />
    </form>
  );
}
