"use client";
// A paid manual-delivery order waits here for the operator, who types its items, one per line
// (split like stock on the product's delimiter), and delivers them to the buyer.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { deliverOrderAction } from "@/lib/admin/actions/deliver";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { primaryButton } from "@/components/ui/styles";
import { TextArea } from "./fields";
import { FormStatus } from "./form-status";
import { card } from "./styles";

export function ManualDeliveryForm({ orderId, quantity, delimiter }: { orderId: string; quantity: number; delimiter: string }) {
  const t = useTranslations("AdminKinds.deliver");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(deliverOrderAction, idle);
  return (
    <form action={action} className={`${card} space-y-3`} data-testid="manual-delivery">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro", { quantity })}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={orderId} />
      <TextArea
        id="manual-items"
        name="items"
        label={t("items")}
        hint={t("itemsHint", { delimiter: delimiter || "—" })}
        rows={Math.min(8, Math.max(3, quantity))}
        required
        className="font-mono"
      />
      <TextArea id="manual-note" name="note" label={t("note")} rows={2} maxLength={500} />
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 text-sm font-medium`} data-testid="manual-deliver">
        {t("submit")}
      </button>
    </form>
  );
}
