"use client";
// Add a receiving address (the same schema as POST /api/admin/payments/addresses): the coin and
// the address, checked by checksum for the coin's network.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { addAddressAction } from "@/lib/admin/actions/payments";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { Select } from "../fields";
import { FormStatus } from "../form-status";

export function AddAddressForm({ coins }: { coins: { coin: string; label: string }[] }) {
  const t = useTranslations("AdminPayments.addresses");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(addAddressAction, idle);
  const invalid = state.ok === false && state.error !== "conflict" ? t("invalidAddress") : undefined;
  return (
    <form action={action} noValidate className="grid items-end gap-3 sm:grid-cols-[12rem_1fr_auto]" data-testid="address-form">
      <input type="hidden" name="locale" value={locale} />
      <Select id="address-coin" name="coin" label={t("coin")} defaultValue={coins[0]?.coin}>
        {coins.map((coin) => (
          <option key={coin.coin} value={coin.coin}>
            {coin.label}
          </option>
        ))}
      </Select>
      <TextField
        id="address-value"
        name="address"
        label={t("address")}
        maxLength={120}
        autoComplete="off"
        spellCheck={false}
        error={invalid}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 text-sm font-medium`} data-testid="address-add">
        {t("add")}
      </button>
      <div className="sm:col-span-3">
        <FormStatus state={state} success={t("added")} />
      </div>
    </form>
  );
}
