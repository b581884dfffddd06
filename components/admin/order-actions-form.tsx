"use client";
// The operator's actions on one order, each confirmed first, with an optional note that goes
// into the audit log: confirm payment (pending; an expired order as a late payment, the note then
// required), cancel (pending), refund (completed, or paid and not to be delivered: a manual
// delivery the operator decides not to make, or items gone when the payment came; a cashier
// payment of a buyer with an account goes back through its provider or to the buyer's balance,
// as the operator chooses).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useLocale } from "next-intl";
import { orderAction } from "@/lib/admin/actions/orders";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { primaryButton } from "@/components/ui/styles";
import { ConfirmSubmit } from "./confirm-submit";
import { Select, TextArea } from "./fields";
import type { RefundDestinations } from "@/lib/orders/refund-destinations";
import { FormStatus } from "./form-status";
import { card, dangerButton } from "./styles";

type Props = {
  orderId: string;
  status: string;
  /** lib/orders/refundable.ts, decided on the server where the order's payment flag is known. */
  refundable: boolean;
  /** The refund destinations to offer a choice between (lib/orders/refund-destinations.ts). */
  refundTo: RefundDestinations;
};

export function OrderActionsForm({ orderId, status, refundable, refundTo }: Props) {
  const t = useTranslations("Admin.orders");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(orderAction, idle);
  const late = status === "expired";
  const available =
    status === "pending" ? (["confirm", "cancel"] as const) : late ? (["confirm"] as const) : refundable ? (["refund"] as const) : [];
  const done =
    state.ok && state.result
      ? t(`done.${state.result.action as "confirm" | "cancel" | "refund"}`, {
          changed: Number(state.result.changed),
          outcome: String(state.result.outcome ?? ""),
        })
      : undefined;
  if (available.length === 0 && !done) return null;
  return (
    <form action={action} className={`${card} space-y-3`} data-testid="order-actions">
      <h2 className="font-semibold">{t("actionsTitle")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={orderId} />
      <FormStatus state={state} success={done} />
      {available.length > 0 && (
        <>
          <TextArea
            id="order-note"
            name="note"
            label={late ? t("noteRequired") : t("note")}
            hint={t("noteHint")}
            rows={2}
            maxLength={500}
            required={late}
          />
          {refundable && refundTo.outsideOrBalance && (
            <Select id="refund-to" name="to" label={t("refundTo.label")} defaultValue="">
              <option value="">{t("refundTo.outside")}</option>
              <option value="balance">{t("refundTo.balance")}</option>
            </Select>
          )}
          {refundable && refundTo.railOrBalance && (
            <Select id="refund-to" name="to" label={t("refundTo.label")} defaultValue="provider">
              <option value="provider">{t("refundTo.provider", { rail: refundTo.railOrBalance })}</option>
              <option value="balance">{t("refundTo.balance")}</option>
            </Select>
          )}
          <div className="flex flex-wrap gap-2">
            {available.map((kind) => (
              <ConfirmSubmit
                key={kind}
                name="action"
                value={kind}
                message={t(late ? "confirmAction.confirmLate" : `confirmAction.${kind}`)}
                disabled={pending}
                className={kind === "confirm" ? `${primaryButton} px-4 py-2 text-sm font-medium` : dangerButton}
                testId={`order-${kind}`}
              >
                {t(`action.${kind}`)}
              </ConfirmSubmit>
            ))}
          </div>
        </>
      )}
    </form>
  );
}
