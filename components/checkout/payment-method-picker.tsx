"use client";
import { useTranslations } from "next-intl";
import { gapAfter } from "@/lib/i18n/gap";

export type CheckoutMethods = {
  coins: { coin: string; network: string; asset: string }[];
  balance: boolean;
  alipay: boolean;
  wechat: boolean;
};

const option =
  "flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-600";
const radio = "h-4 w-4 shrink-0 accent-indigo-700";

/** The payment methods payment-config enables; balance only with a session; the coin as a second choice. */
export function PaymentMethodPicker({
  methods,
  signedIn,
  signInHref,
  method,
  coin,
  onMethod,
  onCoin,
}: {
  methods: CheckoutMethods;
  signedIn: boolean;
  signInHref: string;
  method: string;
  coin: string;
  onMethod: (method: string) => void;
  onCoin: (coin: string) => void;
}) {
  const t = useTranslations("Checkout");
  const choices = [
    ...(methods.coins.length ? ["crypto"] : []),
    ...(methods.balance && signedIn ? ["balance_cny", "balance_crypto"] : []),
    ...(methods.alipay ? ["alipay"] : []),
    ...(methods.wechat ? ["wechat"] : []),
  ] as ("crypto" | "balance_cny" | "balance_crypto" | "alipay" | "wechat")[];
  return (
    <>
      <fieldset>
        <legend className="text-sm font-medium">{t("method")}</legend>
        <div className="mt-1 grid gap-2">
          {choices.map((choice) => (
            <label key={choice} className={option}>
              <input
                type="radio"
                name="paymentMethod"
                value={choice}
                checked={method === choice}
                onChange={() => onMethod(choice)}
                className={radio}
              />
              <span>{t(`methods.${choice}`)}</span>
            </label>
          ))}
        </div>
        {methods.balance && !signedIn && (
          <p className="mt-2 text-sm text-slate-600" data-testid="balance-hint">
            {t("balanceHint")}
            {gapAfter(t("balanceHint"))}
            <a href={signInHref} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
              {t("signIn")}
            </a>
          </p>
        )}
      </fieldset>
      {method === "crypto" && (
        <fieldset>
          <legend className="text-sm font-medium">{t("coin")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            {methods.coins.map((entry) => (
              <label key={entry.coin} className={option}>
                <input
                  type="radio"
                  name="coin"
                  value={entry.coin}
                  checked={coin === entry.coin}
                  onChange={() => onCoin(entry.coin)}
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
    </>
  );
}
