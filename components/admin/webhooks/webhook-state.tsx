// An endpoint's state in words: enabled, failing since when, or disabled and why.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";

type Props = { webhook: { enabled: boolean; disabled_reason: string | null; failing_since: string | null } };

export async function WebhookState({ webhook }: Props) {
  const t = await getTranslations("AdminNotify.webhooks");
  const locale = await getLocale();
  if (!webhook.enabled)
    return (
      <span className="text-rose-800">
        {t("disabled")}
        {webhook.disabled_reason && (
          <span className="block text-xs text-slate-600" lang="en">
            {webhook.disabled_reason}
          </span>
        )}
      </span>
    );
  if (webhook.failing_since)
    return <span className="text-amber-800">{t("failingSince", { since: formatDateTime(locale, webhook.failing_since) })}</span>;
  return <span className="text-emerald-800">{t("enabled")}</span>;
}
