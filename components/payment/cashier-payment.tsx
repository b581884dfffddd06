import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { primaryButton } from "@/components/ui/styles";

export type CashierPaymentData = { method: string; pay_url?: string; qr_code?: string };

// A link to the cashier is opened only when it is an https address.
const safeUrl = (url: string | undefined) => (url && /^https:\/\//i.test(url) ? url : undefined);

/** Alipay / WeChat Pay: the cashier's link and its QR code, as the payment rail returns them. */
export async function CashierPayment({ payment, children }: { payment: CashierPaymentData; children?: React.ReactNode }) {
  const t = await getTranslations("Payment");
  const tc = await getTranslations("Checkout");
  const url = safeUrl(payment.pay_url);
  const qrText = payment.qr_code ?? url;
  const qr = qrText ? await QRCode.toString(qrText, { type: "svg", margin: 1 }) : null;
  return (
    <section aria-labelledby="payment-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="payment">
      <h2 id="payment-heading" className="text-lg font-semibold">
        {t("cashierTitle")} · {tc.has(`methods.${payment.method}` as "methods.alipay") ? tc(`methods.${payment.method}` as "methods.alipay") : payment.method}
      </h2>
      {qr && (
        <figure className="mx-auto mt-4 w-48">
          <div role="img" aria-label={t("cashierQr")} className="rounded-lg border border-slate-200 p-1 [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="mt-1 text-center text-sm text-slate-600">{t("cashierQr")}</figcaption>
        </figure>
      )}
      {url && (
        <a href={url} rel="noopener noreferrer" className={`${primaryButton} mt-4 block px-4 py-3 text-center font-semibold`}>
          {t("cashierLink")}
        </a>
      )}
      {children && <div className="mt-4 border-t border-slate-200 pt-3">{children}</div>}
    </section>
  );
}
