import type { CashierPaymentData } from "./cashier-payment";

/** A payment answer from a cashier rail (Alipay / WeChat Pay): a link and/or QR code text. */
export const isCashier = (payment: object): payment is CashierPaymentData => "pay_url" in payment || "qr_code" in payment;

// The cashier's link comes from the rail's own answer; only http(s) addresses are ever opened.
export const safePayUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** What the QR code holds: the provider's QR text, else the cashier's link (a phone's app opens it). */
export const cashierQrText = (payment: CashierPaymentData) => payment.qr_code ?? safePayUrl(payment.pay_url);
