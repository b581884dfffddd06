import { getTranslations } from "next-intl/server";
import { statusTone } from "@/lib/orders/order-statuses";

/** A top-up's status as a translated pill, in the order badges' colours. */
export async function TopupStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("Topup");
  const key = status === "completed" || status === "expired" ? status : "pending";
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${statusTone(key)}`}
      data-testid="topup-status"
    >
      {t(`statuses.${key}`)}
    </span>
  );
}
