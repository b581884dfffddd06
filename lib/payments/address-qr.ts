import "server-only";
import QRCode from "qrcode";

/** A receiving address as QR code SVG markup, drawn on the server so no QR library reaches the browser. */
export function addressQrSvg(address: string): Promise<string> {
  return QRCode.toString(address, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0f172a", light: "#ffffff" } });
}
