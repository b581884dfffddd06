import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ownTopup } from "@/lib/topups/topup-views";
import { addressQrSvg } from "@/lib/payments/address-qr";
import { CryptoPayment } from "@/components/payment/crypto-payment";
import { CashierPayment, type CashierPaymentData } from "@/components/payment/cashier-payment";
import { cashierQrText } from "@/components/payment/is-cashier";
import { isCrypto } from "@/components/payment/is-crypto";
import { LiveStatus } from "@/components/payment/live-status";
import { TopupStatusBadge } from "./topup-status-badge";
import { formatTopupAmount } from "./topup-amount";

type Props = {
  view: Awaited<ReturnType<typeof ownTopup>>;
  locale: Locale;
  check: () => Promise<string | null>;
  /** Back from the cashier: an unpaid cashier top-up is said to be confirming while the notify is awaited. */
  returned?: boolean;
};

/** A top-up's page: what it is, then how to pay it (the order payment views), or what came of it. */
export async function TopupProgress({ view, locale, check, returned = false }: Props) {
  const t = await getTranslations("Topup");
  const { topup, payment } = view;
  const amount = formatTopupAmount(locale, topup.currency, topup.amount);
  const balance = t(`currencies.${topup.currency === "USDT" ? "USDT" : "CNY"}`);
  const tc = await getTranslations("Cashier");
  // Back from the cashier, the payment is being confirmed, not awaited (crypto has no way back).
  const message = returned && !isCrypto(payment) ? tc("confirming") : t("waiting");
  const live = <LiveStatus orderId={topup.id} token={null} current={topup.status} message={message} check={check} />;
  let body: React.ReactNode;
  if (topup.status === "completed") {
    body = (
      <p className="rounded-xl border border-emerald-200 bg-emerald-50 p-4 font-medium text-emerald-900" data-testid="topup-credited">
        {t("credited", { amount, currency: balance })}
      </p>
    );
  } else if (topup.status !== "pending") {
    body = <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-800">{t("expired")}</p>;
  } else if (isCrypto(payment)) {
    body = (
      <CryptoPayment payment={payment} qrSvg={await addressQrSvg(payment.address)}>
        {live}
      </CryptoPayment>
    );
  } else {
    const qrText = cashierQrText(payment as CashierPaymentData);
    body = (
      <CashierPayment payment={payment as CashierPaymentData} qrSvg={qrText ? await addressQrSvg(qrText) : null}>
        {live}
      </CashierPayment>
    );
  }
  return (
    <>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="break-words text-2xl font-bold tracking-tight sm:text-3xl">{t("pageTitle", { topupNo: topup.topup_no })}</h1>
          <TopupStatusBadge status={topup.status} />
        </div>
        <p className="text-lg text-slate-800" data-testid="topup-summary">
          {t("summary", { amount, currency: balance })}
        </p>
      </header>
      {body}
    </>
  );
}
