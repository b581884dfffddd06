import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { primaryButton } from "@/components/ui/styles";
import { Countdown } from "./countdown";
import { safePayUrl } from "./is-cashier";

export type CashierPaymentData = { method: string; pay_url?: string; qr_code?: string; expires_at?: string };

/**
 * Alipay / WeChat Pay at the cashier. A desktop shows the QR code for the phone's app to scan;
 * a phone, which cannot scan its own screen, gets a button that opens the app instead (or,
 * for WeChat Native, which has no such link, the QR code with how to use it). Not async: the
 * lookup form renders it on the client too, with the QR (of cashierQrText) drawn by the server.
 */
export function CashierPayment({ payment, qrSvg, children }: { payment: CashierPaymentData; qrSvg: string | null; children?: ReactNode }) {
  const t = useTranslations("Cashier");
  const app = payment.method === "wechat" ? t("wechatApp") : t("alipayApp");
  const url = safePayUrl(payment.pay_url);
  const qr = qrSvg;
  const qrFigure = (testId: string) =>
    qr && (
      <figure className="mx-auto w-52">
        <div
          role="img"
          aria-label={t("qrLabel", { app })}
          className="rounded-lg border border-slate-200 p-1 [&>svg]:h-auto [&>svg]:w-full"
          data-testid={testId}
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <figcaption className="mt-2 text-center text-sm text-slate-700">{t("scanWith", { app })}</figcaption>
      </figure>
    );
  return (
    <section aria-labelledby="payment-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="payment">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="payment-heading" className="text-lg font-semibold">
          {t("title", { app })}
        </h2>
        {payment.expires_at && (
          <p className="text-right">
            <span className="block text-xs text-slate-600">{t("timeLeft")}</span>
            <Countdown expiresAt={payment.expires_at} label={t("timeLeft")} />
          </p>
        )}
      </div>
      <div className="mt-4 hidden sm:block" data-testid="cashier-desktop">
        {qrFigure("cashier-qr")}
        {url && (
          <p className="mt-3 text-center text-sm">
            <a
              href={url}
              rel="noopener noreferrer"
              className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
            >
              {t("openCashier")}
            </a>
          </p>
        )}
      </div>
      <div className="mt-4 sm:hidden" data-testid="cashier-phone">
        {url ? (
          <>
            <a
              href={url}
              rel="noopener noreferrer"
              className={`${primaryButton} block px-4 py-3 text-center text-base font-semibold`}
              data-testid="pay-in-app"
            >
              {t("payInApp", { app })}
            </a>
            <p className="mt-2 text-sm text-slate-700">{t("comeBack")}</p>
          </>
        ) : (
          <>
            {qrFigure("cashier-qr-phone")}
            <p className="mt-2 text-sm text-slate-700">{t("otherDevice", { app })}</p>
          </>
        )}
      </div>
      {children && <div className="mt-4 border-t border-slate-200 pt-3">{children}</div>}
    </section>
  );
}
