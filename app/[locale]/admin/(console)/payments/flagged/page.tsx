// /{locale}/admin/payments/flagged — orders a payment flagged (late, partial, over, paid but
// undelivered; lib/orders/payment-flags.ts): what happened and what to do, resolved with a note.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listFlaggedPayments, PAYMENT_FLAGS } from "@/lib/admin/payments/flagged-payments";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { PaymentsNav } from "@/components/admin/payments/payments-nav";
import { ResolveFlagForm } from "@/components/admin/payments/resolve-flag-form";
import { Pager } from "@/components/admin/pager";
import { link, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPayments.flagged" });
  return { title: t("title"), robots: { index: false } };
}

const STATES = ["open", "resolved", "all"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function FlaggedPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const state = STATES.find((entry) => entry === param(search.state)) ?? "open";
  const cursor = UUID.test(param(search.cursor)) ? param(search.cursor) : "";
  const [t, page] = await Promise.all([
    getTranslations("AdminPayments.flagged"),
    listFlaggedPayments({ state, cursor: cursor || undefined, limit: 50 }),
  ]);
  const known = (flag: string): flag is (typeof PAYMENT_FLAGS)[number] => PAYMENT_FLAGS.includes(flag as never);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <PaymentsNav />
      {param(search.resolved) && (
        <p role="status" className={successNote} data-testid="page-success">
          {t("resolved")}
        </p>
      )}
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <nav aria-label={t("stateLabel")} className="flex flex-wrap gap-2">
        {STATES.map((entry) => (
          <Link
            key={entry}
            href={{ pathname: "/admin/payments/flagged", query: entry === "open" ? {} : { state: entry } }}
            aria-current={entry === state ? "page" : undefined}
            className={`${secondaryButton} aria-[current=page]:border-indigo-700 aria-[current=page]:text-indigo-800`}
          >
            {t(`states.${entry}`)}
          </Link>
        ))}
      </nav>
      <div className={tableWrap}>
        <table className={table} data-testid="flagged-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("order")}</th>
              <th className={th}>{t("flag")}</th>
              <th className={th}>{t("paid")}</th>
              <th className={th}>{t("resolution")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((payment) => (
              <tr key={payment.id}>
                <td className={td}>
                  <Link href={`/admin/orders/${payment.id}`} className={`${link} font-mono text-xs`}>
                    {payment.order_no}
                  </Link>
                  <p className="text-xs text-slate-600">{payment.contact_email}</p>
                </td>
                <td className={`${td} min-w-48 max-w-xs`}>
                  <p className="font-medium">{known(payment.flag) ? t(`flags.${payment.flag}.label`) : payment.flag}</p>
                  {known(payment.flag) && <p className="text-xs text-slate-600">{t(`flags.${payment.flag}.todo`)}</p>}
                </td>
                <td className={`${td} whitespace-nowrap text-xs`}>
                  <p className="tabular-nums">{formatPrice(locale, payment.amount)}</p>
                  {payment.received !== null && payment.coin ? (
                    <p className="tabular-nums text-slate-600" data-testid="flag-received">
                      {t("received", { received: payment.received, asked: payment.pay_amount ?? "?", coin: payment.coin })}
                    </p>
                  ) : (
                    payment.pay_amount &&
                    payment.coin && (
                      <p className="tabular-nums text-slate-600">
                        {payment.pay_amount} {payment.coin}
                      </p>
                    )
                  )}
                  {(payment.paid_at ?? payment.flagged_at) && (
                    <p className="text-slate-600">{formatDateTime(locale, (payment.paid_at ?? payment.flagged_at)!)}</p>
                  )}
                </td>
                <td className={td}>
                  {payment.resolved_at ? (
                    <p className="break-words text-sm">
                      {t("resolvedOn", { when: formatDateTime(locale, payment.resolved_at) })}
                      <br />
                      <span className="text-slate-600">{payment.resolution_note}</span>
                    </p>
                  ) : (
                    <ResolveFlagForm orderId={payment.id} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
      <Pager
        pathname="/admin/payments/flagged"
        query={{ state: state === "open" ? undefined : state, cursor }}
        nextCursor={page.next_cursor}
      />
    </div>
  );
}
