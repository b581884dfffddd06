"use client";
// Which balance, how much, and how to pay; the methods are those payment-config enables for
// that balance (USDT takes USDT coins only). Works as a plain form post as well.
import { useActionState, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { TopupFormState } from "@/lib/topups/topup-form";
import { primaryButton, formAlert } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { coinCard, RadioCards } from "@/components/ui/radio-cards";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";

export type TopupChoices = {
  cashier: ("alipay" | "wechat")[];
  coins: { coin: string; asset: string; network: string; usdt: boolean }[];
  limits: Record<"CNY" | "USDT", { min: string; max: string }>;
};

type Props = { choices: TopupChoices; action: (previous: TopupFormState, form: FormData) => Promise<TopupFormState> };

export function TopupForm({ choices, action }: Props) {
  const t = useTranslations("Topup");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { values: { currency: "CNY", amount: "", paymentMethod: "", coin: "" } });
  const [currency, setCurrency] = useState<"CNY" | "USDT">(state.values.currency === "USDT" ? "USDT" : "CNY");
  const coins = choices.coins.filter((coin) => currency === "CNY" || coin.usdt);
  const methods = [...(currency === "CNY" ? choices.cashier : []), ...(coins.length ? ["crypto" as const] : [])];
  const [method, setMethod] = useState(state.values.paymentMethod || methods[0] || "");
  const chosen = methods.includes(method as never) ? method : (methods[0] ?? "");
  const [coin, setCoin] = useState(state.values.coin || coins[0]?.coin || "");
  const chosenCoin = coins.some((entry) => entry.coin === coin) ? coin : (coins[0]?.coin ?? "");
  const limits = choices.limits[currency];
  const formElement = useRef<HTMLFormElement>(null);
  useTypedBeforeHydration(formElement, {
    currency: (picked) => setCurrency(picked === "USDT" ? "USDT" : "CNY"),
    paymentMethod: setMethod,
    coin: setCoin,
  });
  const error = state.error;
  const message =
    error &&
    (error.key === "amountRange"
      ? t("errors.amountRange", { min: error.min, max: error.max, currency: error.currency })
      : t(`errors.${error.key}`));

  return (
    <form
      ref={formElement}
      action={formAction}
      noValidate
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
      data-testid="topup-form"
    >
      <input type="hidden" name="locale" value={locale} />
      <RadioCards
        legend={t("currency")}
        name="currency"
        cards={(["CNY", "USDT"] as const).map((entry) => ({ value: entry, label: t(`currencies.${entry}`) }))}
        value={currency}
        onChange={(picked) => setCurrency(picked === "USDT" ? "USDT" : "CNY")}
        twoColumns
      />
      <TextField
        id="topup-amount"
        name="amount"
        label={t("amount")}
        inputMode="decimal"
        autoComplete="off"
        required
        defaultValue={state.values.amount}
        error={error?.key === "amountInvalid" || error?.key === "amountRange" ? message : undefined}
        hint={t("amountHint", { min: limits.min, max: limits.max, currency })}
      />
      {methods.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noMethods")}</p>
      ) : (
        <RadioCards
          legend={t("method")}
          name="paymentMethod"
          cards={methods.map((entry) => ({ value: entry, label: t(`methods.${entry}`) }))}
          value={chosen}
          onChange={setMethod}
        />
      )}
      {chosen === "crypto" && (
        <RadioCards legend={t("coin")} name="coin" cards={coins.map(coinCard)} value={chosenCoin} onChange={setCoin} twoColumns />
      )}
      {message && error?.key !== "amountInvalid" && error?.key !== "amountRange" && (
        <p role="alert" className={formAlert}>
          {message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending || methods.length === 0}
        className={`${primaryButton} w-full px-4 py-3 font-semibold sm:w-auto`}
      >
        {t("submit")}
      </button>
    </form>
  );
}
