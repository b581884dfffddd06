import { getTranslations } from "next-intl/server";
import type { OrderStatusDetails } from "@/lib/orders/status-answer";
import { findProduct } from "@/lib/catalog/storefront";
import { DeliveryView } from "@/components/orders/delivery-view";
import { PaymentDetails } from "@/components/orders/payment-details";
import { CryptoPayment } from "./crypto-payment";
import { isCrypto } from "./is-crypto";
import { CashierPayment } from "./cashier-payment";
import { isCashier } from "./is-cashier";
import { qrForPayment } from "./payment-qr";
import { OrderClosed } from "./order-closed";
import { LiveStatus } from "./live-status";
import { PaymentSeen } from "./payment-seen";
import { SimulatePayment } from "./simulate-payment";
import { statusSignature } from "./status-signature";
import { RememberOrderToken } from "./order-token-memory";
import { QrNote } from "./qr-note";

/** What the status link (and the owner's account page) shows below the summary, by the order's state: pay, wait, the items, or why not. */
export async function OrderProgress({
  status,
  token,
  returned = false,
}: {
  status: OrderStatusDetails;
  token: string | null;
  /** The buyer came back from the cashier: an unpaid cashier order is said to be confirming while the notify is awaited. */
  returned?: boolean;
}) {
  const t = await getTranslations("Payment");
  const { order, payment } = status;
  if (status.accounts) return <DeliveryView accounts={status.accounts} orderNo={order.order_no} />;
  const tp = await getTranslations("CryptoProgress");
  // Expired, but a payment sent in time is still confirming: it will count (as a late payment),
  // so the page shows it and keeps watching until the items (or the operator) come.
  if (status.status === "expired" && status.payment_progress?.state === "seen" && isCrypto(payment)) {
    return (
      <section className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="late-payment-confirming">
        <p className="mb-3 text-sm text-slate-700">{tp("lateConfirming")}</p>
        <PaymentSeen progress={status.payment_progress} asset={payment.asset} />
        <LiveStatus orderId={order.id} token={token} current={statusSignature(status)} message={tp("watching")} />
      </section>
    );
  }
  if (status.status === "expired" || status.status === "cancelled") {
    const product = await findProduct(order.product_id);
    return <OrderClosed status={status.status} productSlug={product?.slug ?? null} />;
  }
  // Paid, not yet delivered: a manual-delivery order waits for the operator (lib/catalog/product-kinds.ts).
  const tk = await getTranslations("OrderPreparing");
  const waiting = status.payment_progress?.state === "seen" ? tp("watching") : t("waiting");
  const live = (
    <LiveStatus
      orderId={order.id}
      token={token}
      current={statusSignature(status)}
      message={status.status === "pending" ? waiting : status.status === "paid" ? tk("preparing") : t("received")}
    />
  );
  if (status.status === "pending" && isCrypto(payment)) {
    // A crypto payment always has an address, so it always has a QR code.
    const qr = (await qrForPayment(payment))!;
    return (
      <CryptoPayment payment={payment} qrSvg={qr.svg}>
        {status.payment_progress && <PaymentSeen progress={status.payment_progress} asset={payment.asset} />}
        {live}
        <QrNote carriesAmount={qr.carriesAmount} amount={payment.amount} asset={payment.asset} />
        {payment.demo && <SimulatePayment orderId={order.id} token={token} />}
      </CryptoPayment>
    );
  }
  if (status.status === "pending" && isCashier(payment)) {
    const tc = await getTranslations("Cashier");
    return (
      <CashierPayment payment={payment} qrSvg={(await qrForPayment(payment))?.svg ?? null}>
        {returned ? <LiveStatus orderId={order.id} token={token} current={statusSignature(status)} message={tc("confirming")} /> : live}
        {token && <RememberOrderToken orderId={order.id} token={token} />}
      </CashierPayment>
    );
  }
  // Paid but not yet delivered (or refunded): the plain details, still watching while it is paid.
  return (
    <>
      <PaymentDetails payment={payment} status={status.status} />
      {status.status === "paid" && (
        <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900" data-testid="order-preparing">
          {tk("body")}
        </p>
      )}
      {status.status === "paid" && live}
    </>
  );
}
