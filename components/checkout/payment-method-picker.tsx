"use client";
import { useTranslations } from "next-intl";
import { gapAfter } from "@/lib/i18n/gap";
import { coinCard, RadioCards } from "@/components/ui/radio-cards";

export type CheckoutMethods = {
  coins: { coin: string; network: string; asset: string }[];
  balance: boolean;
  alipay: boolean;
  wechat: boolean;
};

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
      <RadioCards
        legend={t("method")}
        name="paymentMethod"
        cards={choices.map((choice) => ({ value: choice, label: t(`methods.${choice}`) }))}
        value={method}
        onChange={onMethod}
      >
        {methods.balance && !signedIn && (
          <p className="mt-2 text-sm text-slate-600" data-testid="balance-hint">
            {t("balanceHint")}
            {gapAfter(t("balanceHint"))}
            <a href={signInHref} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
              {t("signIn")}
            </a>
          </p>
        )}
      </RadioCards>
      {method === "crypto" && (
        <RadioCards legend={t("coin")} name="coin" cards={methods.coins.map(coinCard)} value={coin} onChange={onCoin} twoColumns />
      )}
    </>
  );
}
