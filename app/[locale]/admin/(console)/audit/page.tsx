// /{locale}/admin/audit — every operator write: who, what, which entity, before and after,
// when and from where; filters and keyset paging.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { auditQuerySchema, listAudit } from "@/lib/admin/audit";
import { formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/ui/text-field";
import { formAlert } from "@/components/ui/styles";
import { Pager } from "@/components/admin/pager";
import { link, secondaryButton, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["action", "entity_type", "entity_id", "actor", "cursor"] as const;
const entityLinks: Record<string, (id: string) => string> = {
  product: (id) => `/admin/products/${id}`,
  order: (id) => `/admin/orders/${id}`,
  user: (id) => `/admin/users/${id}`,
};

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 2));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.audit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const query = Object.fromEntries(FILTERS.map((name) => [name, param(search[name]).trim()]).filter(([, value]) => value)) as Record<
    string,
    string
  >;
  const parsed = auditQuerySchema.safeParse(query);
  const t = await getTranslations("Admin.audit");
  const page = parsed.success ? await listAudit(parsed.data) : { items: [], next_cursor: null };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
        <TextField id="audit-action" name="action" label={t("action")} hint={t("actionHint")} defaultValue={query.action} />
        <TextField id="audit-type" name="entity_type" label={t("entityType")} defaultValue={query.entity_type} />
        <TextField id="audit-entity" name="entity_id" label={t("entityId")} defaultValue={query.entity_id} />
        <TextField id="audit-actor" name="actor" type="email" label={t("actor")} defaultValue={query.actor} />
        <div className="flex gap-2">
          <button type="submit" className={secondaryButton}>
            {t("filter")}
          </button>
          <Link href="/admin/audit" className={secondaryButton}>
            {t("reset")}
          </Link>
        </div>
      </form>
      {!parsed.success && (
        <p role="alert" className={formAlert}>
          {t("badFilter")}
        </p>
      )}
      <div className={tableWrap}>
        <table className={table} data-testid="audit-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("when")}</th>
              <th className={th}>{t("actor")}</th>
              <th className={th}>{t("action")}</th>
              <th className={th}>{t("entity")}</th>
              <th className={th}>{t("change")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((entry) => (
              <tr key={entry.id}>
                <td className={`${td} whitespace-nowrap text-xs`}>
                  <time dateTime={entry.created_at}>{formatDateTime(locale, entry.created_at)}</time>
                  <p className="font-mono text-slate-600">{entry.ip}</p>
                </td>
                <td className={`${td} break-all`}>{entry.actor_email}</td>
                <td className={`${td} font-mono text-xs`}>{entry.action}</td>
                <td className={`${td} text-xs`}>
                  {entry.entity_type}{" "}
                  {entityLinks[entry.entity_type] ? (
                    <Link href={entityLinks[entry.entity_type]!(entry.entity_id)} className={`${link} break-all font-mono`}>
                      {entry.entity_id.slice(0, 8)}
                    </Link>
                  ) : (
                    <span className="font-mono">{entry.entity_id}</span>
                  )}
                </td>
                <td className={`${td} text-xs`}>
                  <details>
                    <summary className="cursor-pointer text-indigo-700">{t("show")}</summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <div>
                        <p className="font-semibold">{t("before")}</p>
                        <pre className="max-w-md overflow-x-auto rounded bg-slate-100 p-2">{json(entry.before) || "—"}</pre>
                      </div>
                      <div>
                        <p className="font-semibold">{t("after")}</p>
                        <pre className="max-w-md overflow-x-auto rounded bg-slate-100 p-2">{json(entry.after) || "—"}</pre>
                      </div>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
      <Pager pathname="/admin/audit" query={query} nextCursor={page.next_cursor} />
    </div>
  );
}
