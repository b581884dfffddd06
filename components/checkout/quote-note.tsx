"use client";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/i18n/format";
import { formatDecimal } from "@/lib/money";
import type { CheckoutQuote } from "@/lib/orders/checkout-quote";
import { gapAfter } from "@/lib/i18n/gap";

/** The signed-in shopper's balances in minor units (strings: BigInt does not cross to the client). */
export type CheckoutBalances = { cnyFen: string; usdtMicro: string };

const box = "rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-slate-800";

/**
 * Under the payment choice, before the order is placed: for crypto the amount in the chosen
 * coin, the rate and how long it holds; for a balance what is there and what remains after.
 */
export function QuoteNote({
  method,
  quote,
  balances,
  locale,
}: {
  method: string;
  quote: CheckoutQuote | null;
  balances: CheckoutBalances | null;
  locale: Locale;
}) {
  const t = useTranslations("CheckoutQuote");
  const ready = quote?.ok ? quote : null;
  if (method === "crypto") {
    return (
      <div className={box} role="status" data-testid="crypto-quote">
        {ready?.crypto ? (
          <>
            <p>
              {t("youSend")}
              {gapAfter(t("youSend"))}
              <span className="font-mono text-base font-bold text-slate-900" data-testid="quote-amount">
                {ready.crypto.amount} {ready.crypto.asset}
              </span>{" "}
              <span className="text-slate-600">{t("network", { network: ready.crypto.network })}</span>
            </p>
            <p className="mt-1 text-slate-700" data-testid="quote-rate">
              {t("rate", { rate: formatPrice(locale, Number(ready.crypto.cnyPerUsdt)) })}
              {ready.crypto.cnyPerCoin &&
                ` · ${t("coinRate", { asset: ready.crypto.asset, price: formatPrice(locale, Number(ready.crypto.cnyPerCoin)) })}`}
            </p>
            <p className="mt-1 text-xs text-slate-700">{t("holds", { minutes: ready.crypto.holdsMinutes })}</p>
          </>
        ) : (
          <p className="text-slate-700">{quote && !quote.ok ? t("unavailable") : t("working")}</p>
        )}
      </div>
    );
  }
  if ((method === "balance_cny" || method === "balance_crypto") && balances) {
    const usdt = method === "balance_crypto";
    const available = BigInt(usdt ? balances.usdtMicro : balances.cnyFen);
    const costText = usdt ? ready?.usdtDebitMicro : ready?.amountFen;
    const cost = costText === undefined ? null : BigInt(costText);
    const after = cost === null ? null : available - cost;
    // Exact decimal text from integer minor units, then the locale's way of writing it.
    const show = (units: bigint) => (usdt ? `${formatDecimal(units, 6)} USDT` : formatPrice(locale, Number(formatDecimal(units, 2))));
    return (
      <dl className={`${box} grid grid-cols-[1fr_auto] gap-x-4 gap-y-1`} data-testid="balance-quote">
        <dt>{t("available")}</dt>
        <dd className="text-right font-medium tabular-nums" data-testid="balance-available">
          {show(available)}
        </dd>
        {cost !== null && (
          <>
            <dt>{t("debit")}</dt>
            <dd className="text-right tabular-nums">−{show(cost)}</dd>
            <dt>{t("after")}</dt>
            <dd className={`text-right font-semibold tabular-nums ${after! < 0n ? "text-rose-700" : ""}`} data-testid="balance-after">
              {after! < 0n ? t("short", { amount: show(-after!) }) : show(after!)}
            </dd>
          </>
        )}
      </dl>
    );
  }
  return null;
}
