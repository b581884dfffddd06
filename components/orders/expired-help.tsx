import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const link = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";

/**
 * On an expired order: a shopper who paid anyway must not pay again, and should write to the
 * operator with the order number (already in the email it opens) and the transaction hash.
 * Not async: the lookup result renders it in the browser too.
 */
export function ExpiredHelp({ orderNo, contactEmail }: { orderNo: string; contactEmail: string }) {
  const t = useTranslations("PaymentExtras");
  const mail = `mailto:${contactEmail}?subject=${encodeURIComponent(t("mailSubject", { orderNo }))}&body=${encodeURIComponent(t("mailBody", { orderNo }))}`;
  return (
    <section
      aria-labelledby="expired-help-heading"
      className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950 sm:p-5"
      data-testid="expired-help"
    >
      <h2 id="expired-help-heading" className="text-base font-semibold">
        {t("paidAnywayTitle")}
      </h2>
      <p className="mt-1">{t("paidAnywayBody", { orderNo })}</p>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
        <a href={mail} className={link} data-testid="expired-mail">
          {t("mailUs", { email: contactEmail })}
        </a>
        <Link href="/contact" className={link}>
          {t("otherChannels")}
        </Link>
      </p>
    </section>
  );
}
