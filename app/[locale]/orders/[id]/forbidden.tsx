import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { StatusNotice } from "@/components/ui/status-notice";

/** A status link whose token does not open the order (rendered with HTTP 403). */
export default async function OrderForbidden() {
  const t = await getTranslations("Order");
  return (
    <StatusNotice code={403} title={t("forbiddenTitle")} body={t("forbiddenBody")} testId="order-forbidden">
      <Link href="/orders/lookup" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
        {t("toLookup")}
      </Link>
    </StatusNotice>
  );
}
