import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import type { LookupFound } from "./lookup-state";
import { OrderSummary } from "./order-summary";
import { DeliveryView } from "./delivery-view";
import { CryptoPayment } from "@/components/payment/crypto-payment";
import { isCrypto } from "@/components/payment/is-crypto";
import { CashierPayment } from "@/components/payment/cashier-payment";
import { isCashier } from "@/components/payment/is-cashier";

/** A looked-up order: its summary, then how to pay it while unpaid or its items once delivered. */
export function LookupResult({ found, qrSvg, locale }: { found: LookupFound; qrSvg?: string; locale: Locale }) {
  const t = useTranslations("Order");
  const payment = found.payment;
  return (
    <>
      <OrderSummary order={found.order} locale={locale} />
      {found.accounts && <DeliveryView accounts={found.accounts} orderNo={found.order.order_no} />}
      {payment && isCrypto(payment) && qrSvg ? (
        <CryptoPayment payment={payment} qrSvg={qrSvg}>
          <p className="text-sm text-slate-700">{t("lookupAgainAfterPaying")}</p>
        </CryptoPayment>
      ) : payment && isCashier(payment) && found.order.status === "pending" ? (
        <CashierPayment payment={payment} qrSvg={qrSvg ?? null}>
          <p className="text-sm text-slate-700">{t("lookupAgainAfterPaying")}</p>
        </CashierPayment>
      ) : (
        !found.accounts && found.order.status === "pending" && <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900">{t("notDelivered")}</p>
      )}
    </>
  );
}
