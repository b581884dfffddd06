// /{locale}/admin/webhooks/:id — one endpoint: change its URL and events, rotate its secret,
// disable or enable it, delete it (asked first), and its delivery log with a redeliver button.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/api/app-error";
import { consolePage, param } from "@/lib/admin/console-page";
import { getWebhookOrThrow, webhookDto } from "@/lib/webhooks/endpoints";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import type { DELIVERY_STATUSES } from "@/lib/webhooks/delivery-statuses";
import { deleteWebhookAction, redeliverAction, setWebhookEnabledAction } from "@/lib/admin/actions/webhooks";
import { formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { WebhookForm } from "@/components/admin/webhooks/webhook-form";
import { RotateSecretForm } from "@/components/admin/webhooks/rotate-secret-form";
import { WebhookState } from "@/components/admin/webhooks/webhook-state";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { card, dangerButton, link, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminNotify.webhooks" });
  return { title: t("detailTitle"), robots: { index: false } };
}

async function webhookOrNotFound(id: string) {
  try {
    return webhookDto(await getWebhookOrThrow(id));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function WebhookPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const webhook = await webhookOrNotFound((await params).id);
  const [t, deliveries, search] = await Promise.all([
    getTranslations("AdminNotify.webhooks"),
    listDeliveries(webhook.id, new URLSearchParams({ limit: "50" })),
    searchParams,
  ]);
  return (
    <div className="space-y-4">
      <div>
        <Link href="/admin/webhooks" className={link}>
          ← {t("title")}
        </Link>
        <h1 className="mt-1 break-all text-2xl font-bold tracking-tight">{webhook.url}</h1>
        <p className="mt-1 text-sm">
          <WebhookState webhook={webhook} />
        </p>
      </div>
      {param(search.redelivered) && (
        <p role="status" className={successNote}>
          {t("redelivered")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="edit-webhook" className={card}>
          <h2 id="edit-webhook" className="mb-3 font-semibold">
            {t("edit")}
          </h2>
          <WebhookForm webhook={webhook} />
        </section>
        <section aria-labelledby="webhook-secret-heading" className={`${card} space-y-4`}>
          <h2 id="webhook-secret-heading" className="font-semibold">
            {t("secretAndState")}
          </h2>
          {webhook.previous_secret_valid_until && (
            <p className="text-sm text-slate-600">
              {t("previousSecretUntil", { until: formatDateTime(locale, webhook.previous_secret_valid_until) })}
            </p>
          )}
          <RotateSecretForm id={webhook.id} />
          <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
            <form action={setWebhookEnabledAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={webhook.id} />
              <input type="hidden" name="enabled" value={webhook.enabled ? "false" : "true"} />
              {webhook.enabled ? (
                <ConfirmSubmit message={t("confirmDisable")} className={secondaryButton} testId="webhook-disable">
                  {t("disable")}
                </ConfirmSubmit>
              ) : (
                <button type="submit" className={secondaryButton} data-testid="webhook-enable">
                  {t("enable")}
                </button>
              )}
            </form>
            <form action={deleteWebhookAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={webhook.id} />
              <ConfirmSubmit message={t("confirmDelete")} className={dangerButton} testId="webhook-delete">
                {t("delete")}
              </ConfirmSubmit>
            </form>
          </div>
        </section>
      </div>
      <section aria-labelledby="deliveries-heading" className="space-y-2">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          {t("deliveries")}
        </h2>
        <p className="text-sm text-slate-600">{t("deliveriesIntro")}</p>
        <div className={tableWrap}>
          <table className={table} data-testid="deliveries-table">
            <thead className="bg-slate-50">
              <tr>
                <th className={th}>{t("event")}</th>
                <th className={th}>{t("deliveryState")}</th>
                <th className={th}>{t("tries")}</th>
                <th className={th}>{t("created")}</th>
                <th className={th}>
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <td className={td}>
                    <span className="font-mono text-xs">{delivery.event_type}</span>
                    <span className="block break-all font-mono text-xs text-slate-600">{delivery.event_id}</span>
                  </td>
                  <td className={td}>
                    {t(`status.${delivery.status as (typeof DELIVERY_STATUSES)[number]}`)}
                    {delivery.next_attempt_at && (
                      <span className="block text-xs text-slate-600">
                        {t("nextTry", { at: formatDateTime(locale, delivery.next_attempt_at) })}
                      </span>
                    )}
                  </td>
                  <td className={td}>
                    <ol className="space-y-0.5 text-xs">
                      {delivery.log.map((entry, index) => (
                        <li key={index} className="whitespace-nowrap">
                          <span
                            className={`font-mono ${entry.status_code && entry.status_code < 300 ? "text-emerald-800" : "text-rose-800"}`}
                          >
                            {entry.status_code ?? t("noAnswer")}
                          </span>{" "}
                          <span className="text-slate-600">
                            {formatDateTime(locale, entry.attempted_at)} · {entry.duration_ms} ms
                          </span>
                          {entry.error && (
                            <span className="block max-w-xs truncate text-slate-600" lang="en" title={entry.error}>
                              {entry.error}
                            </span>
                          )}
                        </li>
                      ))}
                    </ol>
                    {delivery.log.length === 0 && <span className="text-xs text-slate-600">{t("noTries")}</span>}
                  </td>
                  <td className={`${td} whitespace-nowrap text-xs`}>{formatDateTime(locale, delivery.created_at)}</td>
                  <td className={td}>
                    {webhook.enabled && (
                      <form action={redeliverAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="id" value={webhook.id} />
                        <input type="hidden" name="delivery_id" value={delivery.id} />
                        <button type="submit" className={secondaryButton} data-testid="webhook-redeliver">
                          {t("redeliver")}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {deliveries.length === 0 && <p className="p-4 text-sm text-slate-600">{t("noDeliveries")}</p>}
        </div>
      </section>
    </div>
  );
}
