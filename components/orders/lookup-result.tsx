import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import type { LookupFound } from "./lookup-state";
import { OrderSummary } from "./order-summary";
import { DeliveryView } from "./delivery-view";

/** A looked-up order: its summary and, once delivered, its items. */
export function LookupResult({ found, locale }: { found: LookupFound; locale: Locale }) {
  const t = useTranslations("Order");
  return (
    <>
      <OrderSummary order={found.order} locale={locale} />
      {found.accounts && <DeliveryView accounts={found.accounts} orderNo={found.order.order_no} />}
      {!found.accounts && found.order.status === "pending" && <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900">{t("notDelivered")}</p>}
    </>
  );
}
