import { getLocale, getTranslations } from "next-intl/server";
import { simulateDemoPaymentAction } from "@/lib/payments/crypto/demo-payment-action";

/** Shown on a demo address's payment page only: completes the order as if the payment had arrived (no JavaScript needed). */
export async function SimulatePayment({ orderId, token }: { orderId: string; token: string | null }) {
  const t = await getTranslations("CryptoProgress");
  const locale = await getLocale();
  return (
    <form action={simulateDemoPaymentAction} className="mt-3 rounded-lg border border-dashed border-amber-400 bg-amber-50/60 p-3">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="token" value={token ?? ""} />
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className="rounded-lg bg-amber-700 px-4 py-2 text-sm font-semibold text-white hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
        data-testid="simulate-payment"
      >
        {t("simulate")}
      </button>
      <p className="mt-1.5 text-xs text-amber-900">{t("simulateHint")}</p>
    </form>
  );
}
