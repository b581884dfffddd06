import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { shopBrand } from "@/lib/brand/shop-brand";
import { SupportChannels } from "./support-channels";

const icon = "mt-0.5 h-5 w-5 shrink-0 text-indigo-700";

/** Below the description: how delivery works, who runs the shop and how to reach them. */
export async function TrustPanel() {
  const [t, brand] = await Promise.all([getTranslations("Storefront"), shopBrand()]);
  return (
    <section
      aria-label={t("trustLabel")}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:p-5"
      data-testid="trust-panel"
    >
      <div className="flex gap-3">
        <svg
          viewBox="0 0 24 24"
          className={icon}
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M13 2 4 14h7l-1 8 9-12h-7z" />
        </svg>
        <div>
          <p className="font-semibold text-slate-900">{t("autoDeliveryTitle")}</p>
          <p className="mt-0.5 text-slate-700">{t("autoDeliveryBody")}</p>
        </div>
      </div>
      <div className="flex gap-3">
        <svg
          viewBox="0 0 24 24"
          className={icon}
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12z" />
        </svg>
        <div>
          <p className="font-semibold text-slate-900">{t("questionsTitle")}</p>
          {brand.operator && <p className="mt-0.5 text-slate-700">{t("runBy", { operator: brand.operator })}</p>}
          <SupportChannels contact={brand.contact} className="mt-1.5" />
          <Link
            href="/contact"
            className="mt-1.5 inline-block font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
          >
            {t("contactLink")}
          </Link>
        </div>
      </div>
    </section>
  );
}
