import "server-only";
import { addressQrSvg, paymentQr } from "@/lib/payments/address-qr";
import { cashierQrText, isCashier } from "./is-cashier";

export type PaymentQr = { svg: string; carriesAmount: boolean };

/**
 * The QR code a payment answer shows, for the payment page and the lookup result alike: a
 * crypto payment's wallet URI (with the amount where the chain has a standard for it), or the
 * cashier's QR text or link; none for anything without an address or link.
 */
export async function qrForPayment(payment: object | null | undefined): Promise<PaymentQr | undefined> {
  if (!payment) return undefined;
  const crypto = payment as { coin?: string; address?: string; amount_atomic?: string };
  if (crypto.coin && crypto.address && crypto.amount_atomic) {
    return paymentQr({ coin: crypto.coin, address: crypto.address, amount_atomic: crypto.amount_atomic });
  }
  if (isCashier(payment)) {
    const text = cashierQrText(payment);
    return text ? { svg: await addressQrSvg(text), carriesAmount: true } : undefined;
  }
  // A crypto answer without its amount in atomic units: the address alone.
  return crypto.address ? { svg: await addressQrSvg(crypto.address), carriesAmount: false } : undefined;
}
