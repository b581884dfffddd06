import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** In place of the checkout when nothing is in stock. */
export async function SoldOutPanel() {
  const t = await getTranslations("Checkout");
  return (
    <section
      aria-labelledby="sold-out-heading"
      className="rounded-xl border border-slate-200 bg-slate-100 p-4 sm:p-5"
      data-testid="sold-out"
    >
      <h2 id="sold-out-heading" className="text-base font-semibold">
        {t("soldOutTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("soldOutBody")}</p>
      <Link href="/" className="mt-3 inline-block text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
        {t("soldOutBrowse")}
      </Link>
    </section>
  );
}
