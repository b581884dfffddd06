import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** A status link whose token does not open the order (rendered with HTTP 403). */
export default async function OrderForbidden() {
  const t = await getTranslations("Order");
  return (
    <div className="mx-auto max-w-lg py-12 text-center" data-testid="order-forbidden">
      <p className="text-5xl font-bold text-indigo-700">403</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("forbiddenBody")}</p>
      <p className="mt-6">
        <Link href="/orders/lookup" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          {t("toLookup")}
        </Link>
      </p>
    </div>
  );
}
