// The crypto settings in force: the price source, a warning when fixed prices are in use (they
// go stale), the markup and the confirmations (these two are edited on the settings page).
import { getTranslations } from "next-intl/server";
import type { CryptoSettingsDto } from "@/lib/admin/payments/crypto-settings";
import { Link } from "@/lib/i18n/navigation";
import { card, link } from "../styles";

export async function CryptoSettingsCard({ settings }: { settings: CryptoSettingsDto }) {
  const t = await getTranslations("AdminPayments.settings");
  const priced = settings.fixed_prices.filter((entry) => entry.price_usdt !== null);
  const rows: [string, string][] = [
    [t("priceSource"), settings.price_source === "api" ? t("sourceApi", { url: settings.price_api_url ?? "" }) : t("sourceFixed")],
    [
      t("fixedPrices"),
      priced.length ? priced.map((entry) => `${entry.coin.toUpperCase()} ${entry.price_usdt} USDT`).join(" · ") : t("noFixedPrices"),
    ],
    [t("markup"), `${settings.price_markup_percent}%`],
    [t("rate"), `1 USDT = ${settings.cny_per_usdt} CNY`],
    [
      t("confirmations"),
      t("confirmationsValue", {
        ethereum: settings.confirmations.ethereum,
        bsc: settings.confirmations.bsc,
        bitcoin: settings.confirmations.bitcoin,
      }),
    ],
    [t("grace"), t("minutes", { count: settings.grace_minutes })],
  ];
  return (
    <section aria-labelledby="crypto-settings" className={`${card} space-y-3`} data-testid="crypto-settings">
      <h2 id="crypto-settings" className="font-semibold">
        {t("title")}
      </h2>
      {settings.fixed_prices_stale_warning && (
        <p
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="fixed-price-warning"
        >
          {t("staleWarning")}
        </p>
      )}
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700">{term}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-600">
        {t.rich("fromEnvironment", {
          settings: (chunks) => (
            <Link href="/admin/settings" className={link}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
