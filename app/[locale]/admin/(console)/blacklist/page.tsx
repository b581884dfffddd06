// /{locale}/admin/blacklist — emails, email domains and client IPs whose orders are refused: add, filter, remove.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listBlacklist } from "@/lib/admin/blacklist";
import { removeBlacklistAction } from "@/lib/admin/actions/blacklist";
import { BLACKLIST_KINDS, type BlacklistKind } from "@/lib/blacklist/blacklist-kinds";
import { formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { BlacklistForm } from "@/components/admin/blacklist-form";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { Select } from "@/components/admin/fields";
import { Pager } from "@/components/admin/pager";
import { TextField } from "@/components/ui/text-field";
import { card, dangerButton, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminBlacklist" });
  return { title: t("title"), robots: { index: false } };
}

export default async function BlacklistPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const q = param(search.q).slice(0, 254);
  const cursor = param(search.cursor).slice(0, 100);
  const kind = (BLACKLIST_KINDS as readonly string[]).includes(param(search.kind)) ? (param(search.kind) as BlacklistKind) : undefined;
  const [t, page] = await Promise.all([
    getTranslations("AdminBlacklist"),
    listBlacklist({ kind, q: q || undefined, cursor: cursor || undefined, limit: 50 }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      {param(search.removed) && (
        <p role="status" className={successNote}>
          {t("removed")}
        </p>
      )}
      <section aria-labelledby="new-blacklist-entry" className={card}>
        <h2 id="new-blacklist-entry" className="mb-3 font-semibold">
          {t("new")}
        </h2>
        <BlacklistForm />
      </section>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <Select id="blacklist-filter-kind" name="kind" label={t("kind")} defaultValue={kind ?? ""} className="w-full sm:w-48">
          <option value="">{t("allKinds")}</option>
          {BLACKLIST_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`kinds.${option}`)}
            </option>
          ))}
        </Select>
        <TextField id="blacklist-q" name="q" label={t("search")} defaultValue={q} className="w-full sm:w-64" />
        <button type="submit" className={secondaryButton}>
          {t("filter")}
        </button>
      </form>
      <div className={tableWrap}>
        <table className={table} data-testid="blacklist-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("kind")}</th>
              <th className={th}>{t("value")}</th>
              <th className={th}>{t("note")}</th>
              <th className={th}>{t("created")}</th>
              <th className={th}>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((entry) => (
              <tr key={entry.id}>
                <td className={`${td} whitespace-nowrap`}>{t(`kinds.${entry.kind as BlacklistKind}`)}</td>
                <td className={`${td} min-w-[12rem] break-all font-mono`}>{entry.value}</td>
                <td className={td}>{entry.note || "—"}</td>
                <td className={`${td} whitespace-nowrap text-xs`}>{formatDateTime(locale, entry.created_at)}</td>
                <td className={td}>
                  <form action={removeBlacklistAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={entry.id} />
                    <ConfirmSubmit message={t("confirmRemove", { value: entry.value })} className={dangerButton} testId="blacklist-remove">
                      {t("remove")}
                    </ConfirmSubmit>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
      <Pager pathname="/admin/blacklist" query={{ kind: kind ?? "", q, cursor }} nextCursor={page.next_cursor} />
    </div>
  );
}
