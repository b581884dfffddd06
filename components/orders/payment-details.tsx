import { getTranslations } from "next-intl/server";

type Payment = { method: string; paid?: boolean };

/** An order past its payment page but without items to show (paid and being delivered, or refunded). */
export async function PaymentDetails({ payment, status }: { payment: Payment; status: string }) {
  const t = await getTranslations("Order");
  const note =
    payment.method.startsWith("balance") && status !== "pending" ? t("paidByBalance") : status === "pending" ? t("awaitingPayment") : null;
  return (
    <section aria-labelledby="payment-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="payment">
      <h2 id="payment-heading" className="text-base font-semibold">
        {t("payment")}
      </h2>
      {note && <p className="mt-2 text-sm text-slate-700">{note}</p>}
    </section>
  );
}
