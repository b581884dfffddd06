import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import type { topupDto } from "@/lib/topups/topup-dto";
import { formatDateTime } from "@/lib/i18n/format";
import { primaryButton } from "@/components/ui/styles";
import { TopupStatusBadge } from "./topup-status-badge";
import { formatTopupAmount } from "./topup-amount";

/** The account's newest top-ups, each opening its page (to pay it, or to see it credited), and the way to a new one. */
export async function TopupList({ topups, locale }: { topups: ReturnType<typeof topupDto>[]; locale: Locale }) {
  const t = await getTranslations("Topup");
  return (
    <section aria-labelledby="topups-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="topups">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="topups-heading" className="text-base font-semibold">
          {t("list")}
        </h2>
        <Link href="/account/top-up" className={`${primaryButton} px-4 py-2 text-sm font-semibold`} data-testid="topup-link">
          {t("topUp")}
        </Link>
      </div>
      {topups.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {topups.map((topup) => (
            <li
              key={topup.id}
              className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5 text-sm"
              data-testid="topup-entry"
            >
              <div className="min-w-0">
                <Link
                  href={`/account/top-ups/${topup.id}`}
                  aria-label={t("view", { topupNo: topup.topup_no })}
                  className="break-all font-mono font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
                >
                  {topup.topup_no}
                </Link>
                <p className="text-slate-600">
                  <time dateTime={topup.created_at}>{formatDateTime(locale, topup.created_at)}</time> ·{" "}
                  {t(`methods.${topup.payment_method as "alipay"}`)}
                </p>
              </div>
              <div className="ml-auto flex items-center gap-3">
                <span className="font-semibold tabular-nums">{formatTopupAmount(locale, topup.currency, topup.amount)}</span>
                <TopupStatusBadge status={topup.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
