import { getTranslations } from "next-intl/server";
import type { OrderStatusDetails } from "@/lib/orders/order-views";
import { findProduct } from "@/lib/catalog/storefront";
import { DeliveryView } from "@/components/orders/delivery-view";
import { PaymentDetails } from "@/components/orders/payment-details";
import { paymentQr } from "@/lib/payments/address-qr";
import { CryptoPayment } from "./crypto-payment";
import { isCrypto } from "./is-crypto";
import { CashierPayment, type CashierPaymentData } from "./cashier-payment";
import { OrderClosed } from "./order-closed";
import { LiveStatus } from "./live-status";
import { QrNote } from "./qr-note";

const isCashier = (payment: object): payment is CashierPaymentData => "pay_url" in payment || "qr_code" in payment;

/** What the status link (and the owner's account page) shows below the summary, by the order's state: pay, wait, the items, or why not. */
export async function OrderProgress({ status, token }: { status: OrderStatusDetails; token: string | null }) {
  const t = await getTranslations("Payment");
  const { order, payment } = status;
  if (status.accounts) return <DeliveryView accounts={status.accounts} orderNo={order.order_no} />;
  if (status.status === "expired" || status.status === "cancelled") {
    const product = await findProduct(order.product_id);
    return <OrderClosed status={status.status} productSlug={product?.slug ?? null} />;
  }
  const live = <LiveStatus orderId={order.id} token={token} current={status.status} message={status.status === "pending" ? t("waiting") : t("received")} />;
  if (status.status === "pending" && isCrypto(payment)) {
    // The QR carries a wallet URI with the amount where the chain has a standard for it.
    const qr = await paymentQr(payment as typeof payment & { coin: string; amount_atomic: string });
    return (
      <CryptoPayment payment={payment} qrSvg={qr.svg}>
        {live}
        <QrNote carriesAmount={qr.carriesAmount} amount={payment.amount} asset={payment.asset} />
      </CryptoPayment>
    );
  }
  if (status.status === "pending" && isCashier(payment)) return <CashierPayment payment={payment}>{live}</CashierPayment>;
  // Paid but not yet delivered (or refunded): the plain details, still watching while it is paid.
  return (
    <>
      <PaymentDetails payment={payment} status={status.status} />
      {status.status === "paid" && live}
    </>
  );
}
