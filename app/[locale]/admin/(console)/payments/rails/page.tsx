// /{locale}/admin/payments/rails — the cashier rails (EPay, Alipay, WeChat Pay): configured or
// not, which method each serves, their settings (secrets only as "set"), warnings, and a
// connection test that makes one signed call changing nothing.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { consolePage } from "@/lib/admin/console-page";
import { cashierRailsState } from "@/lib/payments/cashier/rail-status";
import { PaymentsNav } from "@/components/admin/payments/payments-nav";
import { RailTestButton } from "@/components/admin/payments/rail-test-button";
import { card } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPayments.rails" });
  return { title: t("title"), robots: { index: false } };
}

export default async function RailsPage({ params }: Props) {
  await consolePage(params);
  const t = await getTranslations("AdminPayments.rails");
  const rails = cashierRailsState();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <PaymentsNav />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 lg:grid-cols-3">
        {rails.map((rail) => (
          <section key={rail.rail} aria-labelledby={`rail-${rail.rail}`} className={`${card} space-y-3`} data-testid={`rail-${rail.rail}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`rail-${rail.rail}`} className="font-semibold">
                {t(`names.${rail.rail}`)}
              </h2>
              <span
                className={`rounded px-2 py-0.5 text-xs font-medium ${rail.configured ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
              >
                {rail.configured ? t("configured") : t("notConfigured")}
              </span>
            </div>
            <p className="text-sm">
              {rail.serves.length
                ? t("serves", { methods: rail.serves.map((method) => t(`methods.${method}`)).join(t("and")) })
                : t("servesNone")}
            </p>
            {rail.notices.map((notice) =>
              notice.kind === "md5_signing" ? (
                <p
                  key={notice.kind}
                  role="note"
                  className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
                  data-testid="md5-warning"
                >
                  {t("md5Warning")}
                </p>
              ) : notice.kind === "certificate_expiry" ? (
                <p
                  key={notice.kind}
                  role="note"
                  className="rounded-lg bg-rose-50 p-3 text-sm text-rose-800"
                  data-testid="certificate-warning"
                >
                  {t.rich(notice.expired ? "certificateExpired" : "certificateExpires", {
                    setting: notice.setting,
                    date: notice.date,
                    // The date stays on one line: a narrow column broke it at its hyphen.
                    nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
                  })}
                </p>
              ) : (
                // The loader's own message, naming the setting: technical, and kept as it is.
                <p key={notice.message} role="note" className="rounded-lg bg-rose-50 p-3 font-mono text-xs text-rose-800" lang="en">
                  {notice.message}
                </p>
              ),
            )}
            <dl className="space-y-1 text-xs">
              {Object.entries(rail.settings).map(([name, value]) => (
                <div key={name}>
                  <dt className="font-mono text-slate-600">{name}</dt>
                  <dd className="break-all font-mono">{value === null ? t("unset") : value === "set" ? t("set") : value}</dd>
                </div>
              ))}
            </dl>
            <RailTestButton rail={rail.rail} />
          </section>
        ))}
      </div>
    </div>
  );
}
