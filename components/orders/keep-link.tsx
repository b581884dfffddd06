import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";

import type { OrderMailState } from "@/lib/mail/order-mail-state";

export type ConfirmationEmail = OrderMailState;

/**
 * After ordering: keep this page's link and the order number (with them the order opens again
 * at any time), and whether a confirmation email went out, from the order's outbox row
 * (lib/mail/order-mail-state.ts): the page never claims a mail it did not send.
 */
export function KeepLink({ link, orderNo, confirmationEmail }: { link: string; orderNo: string; confirmationEmail: ConfirmationEmail }) {
  const t = useTranslations("PaymentExtras");
  const tm = useTranslations("OrderMail");
  return (
    <section
      aria-labelledby="keep-link-heading"
      className="rounded-xl border border-indigo-200 bg-indigo-50 p-4 text-sm sm:p-5"
      data-testid="keep-link"
    >
      <h2 id="keep-link-heading" className="text-base font-semibold text-slate-900">
        {t("keepTitle")}
      </h2>
      <p className="mt-1 text-slate-800">{t("keepBody", { orderNo })}</p>
      {confirmationEmail && (
        <p className="mt-1 text-slate-800" data-testid="confirmation-email">
          {confirmationEmail.state === "sent"
            ? t("emailSent", { email: confirmationEmail.to })
            : tm(confirmationEmail.state, { email: confirmationEmail.to })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1.5 font-mono text-xs text-slate-800 ring-1 ring-indigo-200"
          data-testid="order-link"
        >
          {link}
        </code>
        <CopyButton text={link} label={t("copyLink")} />
      </div>
    </section>
  );
}
