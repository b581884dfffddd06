import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { Countdown } from "./countdown";

export type CryptoPaymentData = { address: string; amount: string; asset: string; network: string; expires_at: string; demo?: boolean };

/**
 * Network, address and exact amount with copy buttons, a QR code of the address and the time
 * left. Not async: the lookup form renders it on the client too, with the QR drawn by the
 * server (lib/payments/address-qr.ts).
 */
export function CryptoPayment({ payment, qrSvg, children }: { payment: CryptoPaymentData; qrSvg: string; children?: ReactNode }) {
  const t = useTranslations("Payment");
  const to = useTranslations("Order");
  const row = "flex items-center justify-between gap-3";
  return (
    <section aria-labelledby="payment-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="payment">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="payment-heading" className="text-lg font-semibold">
          {t("title", { asset: payment.asset })}
        </h2>
        <p className="text-right">
          <span className="block text-xs text-slate-600">{t("timeLeft")}</span>
          <Countdown expiresAt={payment.expires_at} label={t("timeLeft")} />
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700">{t("instructions", { network: payment.network })}</p>
      {payment.demo && <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900">{to("demoNotice")}</p>}
      <div className="mt-4 grid gap-5 sm:grid-cols-[1fr_11rem] sm:items-start">
        <dl className="min-w-0 space-y-4 text-sm">
          <div>
            <dt className="text-slate-600">{t("network")}</dt>
            <dd className="mt-0.5 font-medium" data-testid="pay-network">
              {payment.network} · {payment.asset}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("amount")}</dt>
            <dd className={row}>
              <span className="font-mono text-xl font-bold">
                <span data-testid="pay-amount">{payment.amount}</span> {payment.asset}
              </span>
              <CopyButton text={payment.amount} label={t("copyAmount")} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("address")}</dt>
            <dd className={row}>
              <span className="min-w-0 break-all rounded bg-slate-50 px-2 py-1 font-mono" data-testid="pay-address">
                {payment.address}
              </span>
              <CopyButton text={payment.address} label={t("copyAddress")} />
            </dd>
          </div>
        </dl>
        <figure className="mx-auto w-44 sm:w-full">
          <div
            role="img"
            aria-label={t("qrLabel")}
            className="rounded-lg border border-slate-200 p-1 [&>svg]:h-auto [&>svg]:w-full"
            data-testid="pay-qr"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
        </figure>
      </div>
      {children && <div className="mt-4 border-t border-slate-200 pt-3">{children}</div>}
    </section>
  );
}
