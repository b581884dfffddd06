"use client";
// Account actions in the console: a balance adjustment (signed amount and a reason), and
// disable / enable, end sessions, reset two-factor, each confirmed first.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { accountAction, adjustBalanceAction } from "@/lib/admin/actions/users";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { ConfirmSubmit } from "./confirm-submit";
import { Select } from "./fields";
import { FormStatus } from "./form-status";
import { card, dangerButton, secondaryButton } from "./styles";

export function BalanceForm({ userId }: { userId: string }) {
  const t = useTranslations("Admin.users");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(adjustBalanceAction, idle);
  const invalid = (field: string) => (state.fields?.includes(field) ? t("invalidField") : undefined);
  return (
    <form action={action} noValidate className={`${card} space-y-3`} data-testid="balance-form">
      <h2 className="font-semibold">{t("adjustTitle")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={userId} />
      <FormStatus
        state={state}
        success={
          state.result ? t("adjusted", { balance: String(state.result.balance_after), currency: String(state.result.currency) }) : undefined
        }
      />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Select id="balance-currency" name="currency" label={t("currency")} defaultValue="CNY">
          <option value="CNY">CNY</option>
          <option value="USDT">USDT</option>
        </Select>
        <TextField
          id="balance-amount"
          name="amount"
          label={t("amount")}
          hint={t("amountHint")}
          inputMode="decimal"
          error={invalid("amount")}
        />
      </div>
      <TextField id="balance-reason" name="reason" label={t("reason")} hint={t("reasonHint")} maxLength={200} error={invalid("reason")} />
      <ConfirmSubmit
        message={t("confirmAdjust")}
        disabled={pending}
        className={`${primaryButton} px-4 py-2 text-sm font-medium`}
        testId="balance-submit"
      >
        {t("adjust")}
      </ConfirmSubmit>
    </form>
  );
}

export function AccountActions({
  userId,
  disabled,
  twoFactor,
  self,
}: {
  userId: string;
  disabled: boolean;
  twoFactor: boolean;
  self: boolean;
}) {
  const t = useTranslations("Admin.users");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(accountAction, idle);
  const actions = [
    ...(self ? [] : [disabled ? ("enable" as const) : ("disable" as const)]),
    "revoke" as const,
    ...(twoFactor && !self ? ["resetTwoFactor" as const] : []),
  ];
  return (
    <form action={action} className={`${card} space-y-3`} data-testid="account-actions">
      <h2 className="font-semibold">{t("accountTitle")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={userId} />
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        {actions.map((kind) => (
          <ConfirmSubmit
            key={kind}
            name="action"
            value={kind}
            message={t(`confirm.${kind}`)}
            disabled={pending}
            className={kind === "enable" ? secondaryButton : dangerButton}
            testId={`account-${kind}`}
          >
            {t(`action.${kind}`)}
          </ConfirmSubmit>
        ))}
      </div>
    </form>
  );
}
