"use client";
// What the operator does with a transfer from the inbox: attach it to the order it paid (by
// order number; completes the order through confirmPayment) or set it aside with a reason.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { attachTransferAction, dismissTransferAction } from "@/lib/admin/actions/payments";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { TextField } from "@/components/ui/text-field";
import { ConfirmSubmit } from "../confirm-submit";
import { FormStatus } from "../form-status";
import { secondaryButton } from "../styles";

export function AttachTransferForm({ transferId, amount }: { transferId: string; amount: string }) {
  const t = useTranslations("AdminPayments.transfers");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(attachTransferAction, idle);
  const id = `attach-${transferId}`;
  return (
    <form action={action} noValidate className="space-y-2" data-testid="attach-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={transferId} />
      <div className="flex flex-wrap items-end gap-2">
        <TextField id={id} name="order_no" label={t("orderNo")} maxLength={40} autoComplete="off" className="w-44" />
        <ConfirmSubmit message={t("confirmAttach", { amount })} disabled={pending} className={secondaryButton} testId="attach-submit">
          {t("attach")}
        </ConfirmSubmit>
      </div>
      <FormStatus state={state} />
    </form>
  );
}

export function DismissTransferForm({ transferId }: { transferId: string }) {
  const t = useTranslations("AdminPayments.transfers");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(dismissTransferAction, idle);
  return (
    <form action={action} noValidate className="space-y-2" data-testid="dismiss-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={transferId} />
      <div className="flex flex-wrap items-end gap-2">
        <TextField id={`dismiss-${transferId}`} name="note" label={t("reason")} maxLength={500} className="w-44" />
        <ConfirmSubmit message={t("confirmDismiss")} disabled={pending} className={secondaryButton} testId="dismiss-submit">
          {t("dismiss")}
        </ConfirmSubmit>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
