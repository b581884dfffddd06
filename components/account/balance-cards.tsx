import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { Balances } from "@/lib/account/balances";
import { formatBalance } from "@/lib/i18n/format-balance";

export async function BalanceCards({ balances, locale }: { balances: Balances; locale: Locale }) {
  const t = await getTranslations("Account");
  const cards = [
    { label: t("balanceCny"), value: formatBalance(locale, "CNY", balances.cnyFen), testId: "balance-cny" },
    { label: t("balanceUsdt"), value: formatBalance(locale, "USDT", balances.usdtMicro), testId: "balance-usdt" },
  ];
  return (
    <section aria-labelledby="balances-heading">
      <h2 id="balances-heading" className="sr-only">
        {t("balances")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <div key={card.testId} className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
            <dt className="text-sm text-slate-600">{card.label}</dt>
            <dd className="mt-1 break-all text-2xl font-semibold tabular-nums text-slate-900" data-testid={card.testId}>
              {card.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
