import "server-only";
import QRCode from "qrcode";
import { paymentUri } from "./payment-uri";

/** Text as QR code SVG markup, drawn on the server so no QR library reaches the browser. */
function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0f172a", light: "#ffffff" } });
}

/** A receiving address as a QR code. */
export function addressQrSvg(address: string): Promise<string> {
  return qrSvg(address);
}

/**
 * The QR code of a crypto payment: the wallet URI with the amount where the chain's standard
 * has one (BIP21, EIP-681), else the address alone (`carriesAmount: false`: the page says so).
 */
export async function paymentQr(payment: {
  coin: string;
  address: string;
  amount_atomic: string;
}): Promise<{ svg: string; carriesAmount: boolean }> {
  const { uri, carriesAmount } = paymentUri(payment.coin, payment.address, payment.amount_atomic);
  return { svg: await qrSvg(uri), carriesAmount };
}
