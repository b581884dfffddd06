import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/i18n/format";

type Payment = { method: string; paid?: boolean; address?: string; amount?: string; asset?: string; network?: string; expires_at?: string; demo?: boolean };

/** How to pay a pending order (crypto: address, exact amount, network, deadline), or that it is paid. */
export async function PaymentDetails({ payment, status, locale }: { payment: Payment; status: string; locale: Locale }) {
  const t = await getTranslations("Order");
  return (
    <section aria-labelledby="payment-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="payment">
      <h2 id="payment-heading" className="text-base font-semibold">
        {t("payment")}
      </h2>
      {payment.method === "crypto" && payment.address && status === "pending" ? (
        <>
          {payment.demo && <p className="mt-2 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900">{t("demoNotice")}</p>}
          <dl className="mt-3 space-y-3 text-sm">
            <div>
              <dt className="text-slate-600">{t("payTo")}</dt>
              <dd className="break-all font-mono">{payment.address}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("payAmount")}</dt>
              <dd className="font-mono font-semibold">
                {payment.amount} {payment.asset}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("payNetwork")}</dt>
              <dd>{payment.network}</dd>
            </div>
            {payment.expires_at && (
              <div>
                <dt className="text-slate-600">{t("payBy")}</dt>
                <dd>
                  <time dateTime={payment.expires_at}>{formatDateTime(locale, payment.expires_at)}</time>
                </dd>
              </div>
            )}
          </dl>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700">
          {payment.method.startsWith("balance") && status !== "pending" ? t("paidByBalance") : status === "pending" ? t("awaitingPayment") : null}
        </p>
      )}
    </section>
  );
}
