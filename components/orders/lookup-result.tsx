import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import type { LookupView } from "./lookup-state";
import { OrderReceipt } from "./order-receipt";
import { DeliveryView } from "./delivery-view";
import { ExpiredHelp } from "./expired-help";
import { coinOf } from "./coin-of";
import { CryptoPayment } from "@/components/payment/crypto-payment";
import { isCrypto } from "@/components/payment/is-crypto";
import { CashierPayment } from "@/components/payment/cashier-payment";
import { isCashier } from "@/components/payment/is-cashier";
import { QrNote } from "@/components/payment/qr-note";

/** A looked-up order: what was bought, then how to pay it while unpaid (kept current) or its items once delivered. */
export function LookupResult({ view, locale, contactEmail }: { view: LookupView; locale: Locale; contactEmail: string }) {
  const t = useTranslations("Order");
  const tx = useTranslations("PaymentExtras");
  const tk = useTranslations("OrderPreparing");
  const { found, product, qr } = view;
  const payment = found.payment;
  return (
    <>
      <OrderReceipt order={found.order} product={product} coin={coinOf(payment)} locale={locale} />
      {found.accounts && <DeliveryView accounts={found.accounts} orderNo={found.order.order_no} />}
      {payment && isCrypto(payment) && qr ? (
        <CryptoPayment payment={payment} qrSvg={qr.svg}>
          <p className="text-sm text-slate-700" data-testid="lookup-live">
            {tx("liveLookup")}
          </p>
          <QrNote carriesAmount={qr.carriesAmount} amount={payment.amount} asset={payment.asset} />
        </CryptoPayment>
      ) : payment && isCashier(payment) && found.order.status === "pending" ? (
        <CashierPayment payment={payment} qrSvg={qr?.svg ?? null}>
          <p className="text-sm text-slate-700">{tx("liveLookup")}</p>
        </CashierPayment>
      ) : (
        !found.accounts &&
        found.order.status === "pending" && <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900">{t("notDelivered")}</p>
      )}
      {found.order.status === "paid" && !found.accounts && (
        <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900" data-testid="order-preparing">
          {tk("body")}
        </p>
      )}
      {found.order.status === "expired" && <ExpiredHelp orderNo={found.order.order_no} contactEmail={contactEmail} />}
    </>
  );
}
