// /{locale}/admin/payments — receiving addresses by coin (the environment's fixed, the console's
// added or removed), the BTC xpub (BTC_XPUB fixed, or entered here), and the crypto settings in force with a warning when fixed
// prices are in use.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { consolePage, param } from "@/lib/admin/console-page";
import { listReceivingAddresses } from "@/lib/admin/payments/receiving-addresses";
import { cryptoSettings } from "@/lib/admin/payments/crypto-settings";
import { removeAddressAction, removeXpubAction } from "@/lib/admin/actions/payments";
import { PaymentsNav } from "@/components/admin/payments/payments-nav";
import { AddAddressForm } from "@/components/admin/payments/address-form";
import { XpubForm } from "@/components/admin/payments/xpub-form";
import { CryptoSettingsCard } from "@/components/admin/payments/crypto-settings-card";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { card, dangerButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPayments.addresses" });
  return { title: t("title"), robots: { index: false } };
}

const sourceBadge = {
  env: "bg-slate-100 text-slate-800",
  admin: "bg-indigo-50 text-indigo-800",
  demo: "bg-amber-50 text-amber-900",
} as const;

export default async function PaymentsPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const [t, { coins, addresses, xpub }] = await Promise.all([getTranslations("AdminPayments.addresses"), listReceivingAddresses()]);
  const settings = await cryptoSettings();
  const label = (coin: { asset: string | null; network: string | null; coin: string }) =>
    coin.asset ? `${coin.asset} (${coin.network})` : coin.coin;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <PaymentsNav />
      {param(search.removed) && (
        <p role="status" className={successNote}>
          {t("removed")}
        </p>
      )}
      {param(search.xpubRemoved) && (
        <p role="status" className={successNote}>
          {t("xpubRemoved")}
        </p>
      )}
      <CryptoSettingsCard settings={settings} />
      <section aria-labelledby="xpub-title" className={card} data-testid="xpub">
        <h2 id="xpub-title" className="mb-2 font-semibold">
          {xpub?.source === "env" ? t("xpubTitleFixed") : t("xpubTitle")}
        </h2>
        {xpub ? (
          <>
            <p className="break-all font-mono text-sm" data-testid="xpub-key">
              {xpub.key}
            </p>
            <p className="mt-1 text-sm text-slate-600">{t("xpubNote", { count: xpub.addresses_issued })}</p>
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("xpubNone")}</p>
        )}
        {xpub?.source === "env" ? (
          <p className="mt-1 text-sm text-slate-600" data-testid="xpub-fixed">
            {t("xpubFixed")}
          </p>
        ) : (
          <div className="mt-3 space-y-3">
            <p className="text-sm text-slate-600">{t("xpubHint")}</p>
            <XpubForm replacing={xpub !== null} />
            {xpub && (
              <form action={removeXpubAction}>
                <input type="hidden" name="locale" value={locale} />
                <ConfirmSubmit message={t("confirmXpubRemove")} className={dangerButton} testId="xpub-remove">
                  {t("xpubRemove")}
                </ConfirmSubmit>
              </form>
            )}
          </div>
        )}
      </section>
      <section aria-labelledby="new-address" className={card}>
        <h2 id="new-address" className="mb-1 font-semibold">
          {t("new")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("newHint")}</p>
        <AddAddressForm coins={coins.filter((coin) => coin.accepts_addresses).map((coin) => ({ coin: coin.coin, label: label(coin) }))} />
      </section>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("coinsLabel")} data-testid="coin-summary">
        {coins.map((coin) => (
          <li key={coin.coin} className="rounded-lg border border-slate-200 bg-white px-3 py-1.5">
            <span className="font-medium">{label(coin)}</span>{" "}
            <span className="text-slate-600">
              {coin.coin === "btc" && !coin.accepts_addresses
                ? t("perOrder")
                : coin.addresses === 0
                  ? t("noAddress")
                  : coin.demo
                    ? t("demoOnly")
                    : t("addressCount", { count: coin.addresses })}
            </span>
          </li>
        ))}
      </ul>
      <div className={tableWrap}>
        <table className={table} data-testid="addresses-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("coin")}</th>
              <th className={th}>{t("address")}</th>
              <th className={th}>{t("source")}</th>
              <th className={th}>{t("liveOrders")}</th>
              <th className={th}>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {addresses.map((entry) => (
              <tr key={entry.id}>
                <td className={`${td} whitespace-nowrap`}>{label(entry)}</td>
                <td className={`${td} min-w-[16rem] break-all font-mono text-xs`}>{entry.address}</td>
                <td className={td}>
                  <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${sourceBadge[entry.source]}`}>
                    {t(`sources.${entry.source}`)}
                  </span>
                </td>
                <td className={`${td} tabular-nums`}>{entry.live_orders}</td>
                <td className={td}>
                  {entry.editable ? (
                    <form action={removeAddressAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="id" value={entry.id} />
                      <ConfirmSubmit
                        message={t("confirmRemove", { address: entry.address })}
                        className={dangerButton}
                        testId="address-remove"
                      >
                        {t("remove")}
                      </ConfirmSubmit>
                    </form>
                  ) : (
                    <span className="text-xs text-slate-600">{entry.source === "env" ? t("fixedByEnv") : t("fixedDemo")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {addresses.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
    </div>
  );
}
