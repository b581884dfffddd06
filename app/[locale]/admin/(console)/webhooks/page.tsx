// /{locale}/admin/webhooks — the operator's webhook endpoints: register one (its secret shown
// once), see each one's state, open one for its settings and delivery log.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listWebhooks } from "@/lib/webhooks/endpoints";
import { formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { WebhookForm } from "@/components/admin/webhooks/webhook-form";
import { WebhookState } from "@/components/admin/webhooks/webhook-state";
import { card, link, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminNotify.webhooks" });
  return { title: t("title"), robots: { index: false } };
}

export default async function WebhooksPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const [t, webhooks, search] = await Promise.all([getTranslations("AdminNotify.webhooks"), listWebhooks(), searchParams]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {param(search.deleted) && (
        <p role="status" className={successNote}>
          {t("deleted")}
        </p>
      )}
      <section aria-labelledby="new-webhook" className={card}>
        <h2 id="new-webhook" className="mb-3 font-semibold">
          {t("new")}
        </h2>
        <WebhookForm />
      </section>
      <div className={tableWrap}>
        <table className={table} data-testid="webhooks-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("url")}</th>
              <th className={th}>{t("events")}</th>
              <th className={th}>{t("state")}</th>
              <th className={th}>{t("created")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {webhooks.map((webhook) => (
              <tr key={webhook.id}>
                <td className={`${td} min-w-[14rem] break-all`}>
                  <Link href={`/admin/webhooks/${webhook.id}`} className={link}>
                    {webhook.url}
                  </Link>
                </td>
                <td className={`${td} font-mono text-xs`}>{webhook.events.join(", ")}</td>
                <td className={td}>
                  <WebhookState webhook={webhook} />
                </td>
                <td className={`${td} whitespace-nowrap text-xs`}>{formatDateTime(locale, webhook.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {webhooks.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
    </div>
  );
}
