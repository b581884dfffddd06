import { useTranslations } from "next-intl";

/** Under a crypto payment: what its QR code holds (address and amount, or the address alone on TRON). */
export function QrNote({ carriesAmount, amount, asset }: { carriesAmount: boolean; amount: string; asset: string }) {
  const t = useTranslations("PaymentExtras");
  return (
    <p
      className={`mt-2 text-sm ${carriesAmount ? "text-slate-700" : "rounded-lg bg-amber-50 p-2 font-medium text-amber-900"}`}
      data-testid="qr-note"
    >
      {carriesAmount ? t("qrWithAmount") : t("qrAddressOnly", { amount, asset })}
    </p>
  );
}
