import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { LedgerLine } from "@/lib/account/ledger-history";
import { formatBalance, formatMovement } from "@/lib/i18n/format-balance";
import { formatDateTime } from "@/lib/i18n/format";
import { ledgerReasonKey } from "@/lib/account/ledger-reason";

/** The newest balance movements: what, when, the signed amount and the balance after. */
export async function LedgerList({ lines, total, locale }: { lines: LedgerLine[]; total: number; locale: Locale }) {
  const t = await getTranslations("Account");
  return (
    <section aria-labelledby="ledger-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="ledger">
      <h2 id="ledger-heading" className="text-base font-semibold">
        {t("ledger")}
      </h2>
      {lines.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noLedger")}</p>
      ) : (
        <>
          <ul className="mt-2 divide-y divide-slate-100">
            {lines.map((line) => {
              return (
                <li
                  key={line.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2.5 text-sm"
                  data-testid="ledger-entry"
                >
                  <div className="min-w-0">
                    <p className="font-medium">
                      {t(`reasons.${ledgerReasonKey(line.reason)}`)}
                      {line.reference && (
                        <span className="ml-2 break-all font-mono text-xs font-normal text-slate-600">{line.reference}</span>
                      )}
                    </p>
                    <p className="text-slate-600">
                      <time dateTime={line.createdAt.toISOString()}>{formatDateTime(locale, line.createdAt.toISOString())}</time>
                    </p>
                  </div>
                  <div className="ml-auto text-right">
                    <p
                      className={`font-semibold tabular-nums ${line.amount < 0n ? "text-slate-900" : "text-emerald-800"}`}
                      data-testid="ledger-amount"
                    >
                      {formatMovement(locale, line.currency, line.amount)}
                    </p>
                    <p className="text-xs text-slate-600 tabular-nums">
                      {t("balanceAfter", { balance: formatBalance(locale, line.currency, line.balanceAfter) })}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
          {total > lines.length && <p className="mt-2 text-xs text-slate-600">{t("ledgerShown", { shown: lines.length, total })}</p>}
        </>
      )}
    </section>
  );
}
