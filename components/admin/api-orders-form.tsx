"use client";
// The account's API-order approval: whether its API tokens may place balance orders
// (lib/orders/api-order-approval.ts). Web-session orders are never affected.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setApiOrdersAction } from "@/lib/admin/actions/users";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { API_ORDER_STATES } from "@/lib/orders/api-order-states";
import { Select } from "./fields";
import { FormStatus } from "./form-status";
import { card, secondaryButton } from "./styles";

export function ApiOrdersForm({ userId, current }: { userId: string; current: string }) {
  const t = useTranslations("AdminApiOrders");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(setApiOrdersAction, idle);
  return (
    <form action={action} className={`${card} space-y-3`} data-testid="api-orders-form">
      <h2 className="font-semibold">{t("title")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={userId} />
      <Select id="api-orders" name="api_orders" label={t("label")} hint={t("hint")} defaultValue={current}>
        {API_ORDER_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`state.${state}`)}
          </option>
        ))}
      </Select>
      <button type="submit" disabled={pending} className={secondaryButton} data-testid="api-orders-save">
        {t("save")}
      </button>
      <FormStatus state={state} success={t("saved")} />
    </form>
  );
}
