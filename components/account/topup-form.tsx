"use client";
// Which balance, how much, and how to pay; the methods are those payment-config enables for
// that balance (USDT takes USDT coins only). Works as a plain form post as well.
import { useActionState, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { TopupFormState } from "@/lib/topups/topup-form";
import { primaryButton, formAlert } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";

export type TopupChoices = {
  cashier: ("alipay" | "wechat")[];
  coins: { coin: string; asset: string; network: string; usdt: boolean }[];
  limits: Record<"CNY" | "USDT", { min: string; max: string }>;
};

type Props = { choices: TopupChoices; action: (previous: TopupFormState, form: FormData) => Promise<TopupFormState> };

const option =
  "flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-600";
const radio = "h-4 w-4 shrink-0 accent-indigo-700";

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
      <fieldset>
        <legend className="text-sm font-medium">{t("currency")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          {(["CNY", "USDT"] as const).map((entry) => (
            <label key={entry} className={option}>
              <input
                type="radio"
                name="currency"
                value={entry}
                checked={currency === entry}
                onChange={() => setCurrency(entry)}
                className={radio}
              />
              <span>{t(`currencies.${entry}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
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
        <fieldset>
          <legend className="text-sm font-medium">{t("method")}</legend>
          <div className="mt-1 grid gap-2">
            {methods.map((entry) => (
              <label key={entry} className={option}>
                <input
                  type="radio"
                  name="paymentMethod"
                  value={entry}
                  checked={chosen === entry}
                  onChange={() => setMethod(entry)}
                  className={radio}
                />
                <span>{t(`methods.${entry}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {chosen === "crypto" && (
        <fieldset>
          <legend className="text-sm font-medium">{t("coin")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            {coins.map((entry) => (
              <label key={entry.coin} className={option}>
                <input
                  type="radio"
                  name="coin"
                  value={entry.coin}
                  checked={chosenCoin === entry.coin}
                  onChange={() => setCoin(entry.coin)}
                  className={radio}
                />
                <span className="min-w-0">
                  <span className="block font-medium">{entry.asset}</span>
                  <span className="block text-xs text-slate-600">{entry.network}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
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
