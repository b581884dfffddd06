import { useTranslations } from "next-intl";
import { knownStatus, statusTone } from "@/lib/orders/order-statuses";

/** An order's status as a translated pill. Not async: the lookup result renders it in the browser too. */
export function StatusPill({ status, className = "" }: { status: string; className?: string }) {
  const t = useTranslations("OrderStatus");
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 font-medium ${statusTone(status)} ${className}`}
      data-testid="order-status"
    >
      {t(knownStatus(status))}
    </span>
  );
}
