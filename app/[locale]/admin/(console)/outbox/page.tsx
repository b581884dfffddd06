// /{locale}/admin/outbox — the mail outbox as the operator sees it: whether SMTP is configured,
// how many mails are in each state, and the newest ones with attempts, last error and dedupe key.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listOutbox } from "@/lib/mail/outbox-admin";
import { MAIL_KINDS, MAIL_STATUSES } from "@/lib/mail/mail-kinds";
import { formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Select } from "@/components/admin/fields";
import { secondaryButton, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminNotify.outbox" });
  return { title: t("title"), robots: { index: false } };
}

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined => list.find((item) => item === value);

export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const status = oneOf(MAIL_STATUSES, param(search.status));
  const kind = oneOf(MAIL_KINDS, param(search.kind));
  const query = new URLSearchParams({ limit: "100", ...(status ? { status } : {}), ...(kind ? { kind } : {}) });
  const [t, outbox] = await Promise.all([getTranslations("AdminNotify.outbox"), listOutbox(query)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {outbox.smtp_configured ? (
        <p className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="smtp-state">
          {t("smtpOn")}
        </p>
      ) : (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="smtp-state">
          {t("smtpOff")}
        </p>
      )}
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("counts")}>
        {MAIL_STATUSES.map((name) => (
          <li key={name} className="rounded-lg border border-slate-200 bg-white px-3 py-1.5">
            {t(`status.${name}`)} <span className="font-semibold tabular-nums">{outbox.counts[name]}</span>
          </li>
        ))}
      </ul>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <Select id="outbox-status" name="status" label={t("statusFilter")} defaultValue={status ?? ""} className="w-full sm:w-48">
          <option value="">{t("all")}</option>
          {MAIL_STATUSES.map((name) => (
            <option key={name} value={name}>
              {t(`status.${name}`)}
            </option>
          ))}
        </Select>
        <Select id="outbox-kind" name="kind" label={t("kindFilter")} defaultValue={kind ?? ""} className="w-full sm:w-48">
          <option value="">{t("all")}</option>
          {MAIL_KINDS.map((name) => (
            <option key={name} value={name}>
              {t(`kind.${name}`)}
            </option>
          ))}
        </Select>
        <button type="submit" className={secondaryButton}>
          {t("filter")}
        </button>
      </form>
      <div className={tableWrap}>
        <table className={table} data-testid="outbox-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("mail")}</th>
              <th className={th}>{t("state")}</th>
              <th className={th}>{t("attempts")}</th>
              <th className={th}>{t("lastError")}</th>
              <th className={th}>{t("dedupeKey")}</th>
              <th className={th}>{t("created")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {outbox.mail.map((mail) => (
              <tr key={mail.id}>
                <td className={td}>
                  <span className="block">{t(`kind.${mail.kind as (typeof MAIL_KINDS)[number]}`)}</span>
                  <span className="block break-all text-xs text-slate-600">{mail.to}</span>
                </td>
                <td className={`${td} whitespace-nowrap`}>
                  {t(`status.${mail.status as (typeof MAIL_STATUSES)[number]}`)}
                  {mail.sent_at && <span className="block text-xs text-slate-600">{formatDateTime(locale, mail.sent_at)}</span>}
                  {mail.next_attempt_at && (
                    <span className="block text-xs text-slate-600">
                      {t("nextTry", { at: formatDateTime(locale, mail.next_attempt_at) })}
                    </span>
                  )}
                </td>
                <td className={`${td} tabular-nums`}>{mail.attempts}</td>
                <td className={`${td} max-w-xs break-words text-xs`} lang="en">
                  {mail.last_error ?? "—"}
                </td>
                <td className={`${td} break-all font-mono text-xs`}>{mail.dedupe_key}</td>
                <td className={`${td} whitespace-nowrap text-xs`}>{formatDateTime(locale, mail.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {outbox.mail.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
    </div>
  );
}
