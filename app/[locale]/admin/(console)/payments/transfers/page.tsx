// /{locale}/admin/payments/transfers — final chain transfers that paid no order (or not cleanly):
// attach one to the order it paid, or set it aside with a reason.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listTransfers } from "@/lib/admin/payments/transfers";
import { formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { PaymentsNav } from "@/components/admin/payments/payments-nav";
import { AttachTransferForm, DismissTransferForm } from "@/components/admin/payments/transfer-forms";
import { link, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPayments.transfers" });
  return { title: t("title"), robots: { index: false } };
}

const OUTCOMES = ["unmatched", "partial", "over_paid", "already_completed", "already_credited", "not_payable", "paid_undelivered"] as const;
const short = (hash: string) => (hash.length > 20 ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : hash);

export default async function TransfersPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const state = param(search.state) === "all" ? "all" : "open";
  const [t, transfers] = await Promise.all([getTranslations("AdminPayments.transfers"), listTransfers({ state, limit: 100 })]);
  const outcomeLabel = (outcome: string | null) =>
    OUTCOMES.includes(outcome as never) ? t(`outcomes.${outcome as (typeof OUTCOMES)[number]}`) : (outcome ?? "—");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <PaymentsNav />
      {param(search.attached) && (
        <p role="status" className={successNote} data-testid="page-success">
          {t("attached", { order: param(search.attached).slice(0, 40), outcome: param(search.outcome) })}
        </p>
      )}
      {param(search.dismissed) && (
        <p role="status" className={successNote} data-testid="page-success">
          {t("dismissed")}
        </p>
      )}
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Link
        href={{ pathname: "/admin/payments/transfers", query: state === "open" ? { state: "all" } : {} }}
        className={`${secondaryButton} inline-block`}
      >
        {state === "open" ? t("showAll") : t("showOpen")}
      </Link>
      <div className={tableWrap}>
        <table className={table} data-testid="transfers-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("time")}</th>
              <th className={th}>{t("amount")}</th>
              <th className={th}>{t("to")}</th>
              <th className={th}>{t("outcome")}</th>
              <th className={th}>{t("action")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {transfers.map((transfer) => (
              <tr key={transfer.id}>
                <td className={`${td} whitespace-nowrap text-xs`}>{formatDateTime(locale, transfer.time)}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {transfer.amount} <span className="text-xs text-slate-600">{transfer.coin}</span>
                </td>
                <td className={`${td} font-mono text-xs`}>
                  <span className="break-all">{transfer.address}</span>
                  <br />
                  <span className="text-slate-600" title={transfer.tx_hash}>
                    tx {short(transfer.tx_hash)}
                  </span>
                </td>
                <td className={td}>
                  <span className="whitespace-nowrap">{outcomeLabel(transfer.outcome)}</span>
                  {transfer.order_no && transfer.order_id && (
                    <>
                      <br />
                      <Link href={`/admin/orders/${transfer.order_id}`} className={`${link} font-mono text-xs`}>
                        {transfer.order_no}
                      </Link>
                    </>
                  )}
                  {transfer.topup_no && transfer.topup_user_id && (
                    <>
                      <br />
                      <Link href={`/admin/users/${transfer.topup_user_id}`} className={`${link} text-xs`}>
                        {t("topupOf", { topup: transfer.topup_no })}
                      </Link>
                    </>
                  )}
                  {transfer.resolution && (
                    <p className="mt-1 break-words text-xs text-slate-600">
                      {transfer.resolution.startsWith("dismissed:")
                        ? t("dismissedWith", { note: transfer.resolution.slice("dismissed:".length) })
                        : t("attachedDone")}
                    </p>
                  )}
                </td>
                <td className={`${td} space-y-3`}>
                  {transfer.attachable && <AttachTransferForm transferId={transfer.id} amount={`${transfer.amount} ${transfer.coin}`} />}
                  {transfer.resolved_at === null && <DismissTransferForm transferId={transfer.id} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {transfers.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
    </div>
  );
}
