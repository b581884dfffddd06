import { useTranslations } from "next-intl";
import type { PaymentProgress } from "@/lib/payments/chains/payment-progress";

/** "Payment seen, k of N confirmations", or for a short Bitcoin payment what is still to send. Renders on server and client. */
export function PaymentSeen({ progress, asset }: { progress: PaymentProgress; asset: string }) {
  const t = useTranslations("CryptoProgress");
  const box = "mb-3 rounded-lg p-3 text-sm";
  if (progress.state === "partial") {
    return (
      <p role="status" className={`${box} bg-amber-50 text-amber-900`} data-testid="payment-partial">
        {t("partial", { received: progress.received ?? "0", remaining: progress.remaining ?? "0", asset })}
      </p>
    );
  }
  return (
    <div role="status" className={`${box} bg-emerald-50 text-emerald-900`} data-testid="payment-seen">
      <p className="font-medium">{t("seen", { confirmations: progress.confirmations, required: progress.confirmations_required })}</p>
      {progress.amount_seen && <p className="mt-0.5">{t("seenAmount", { amount: progress.amount_seen, asset })}</p>}
    </div>
  );
}
