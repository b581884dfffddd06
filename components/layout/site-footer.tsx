import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_SHOP_NAME, shopBrand } from "@/lib/brand/shop-brand";
import { SupportChannels } from "@/components/brand/support-channels";
import { Link } from "@/lib/i18n/navigation";

// The support pages, order lookup and the API docs: what a shopper looks for at the bottom of a shop.
export async function SiteFooter() {
  const [t, ts, brand, locale] = await Promise.all([getTranslations("Footer"), getTranslations("Storefront"), shopBrand(), getLocale()]);
  const sections = [
    { name: t("faq"), href: "/faq" },
    { name: t("orderLookup"), href: "/orders/lookup" },
    { name: t("contact"), href: "/contact" },
    { name: t("about"), href: "/about" },
    { name: t("terms"), href: "/terms" },
    { name: t("apiDocs"), href: "/api-docs" },
  ];
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2 sm:px-6 lg:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">{brand.shopName[locale] ?? DEFAULT_SHOP_NAME}</p>
          <p className="mt-1">{t("rights")}</p>
          {brand.operator && (
            <p className="mt-1" data-testid="shop-operator">
              {ts("runBy", { operator: brand.operator })}
            </p>
          )}
        </div>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="font-semibold text-slate-900">
            {ts("reachUs")}
          </h2>
          <SupportChannels contact={brand.contact} className="mt-2" />
        </section>
        <section aria-labelledby="footer-support">
          <h2 id="footer-support" className="font-semibold text-slate-900">
            {t("support")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {sections.map(({ name, href }) => (
              <li key={href}>
                <Link href={href} className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
                  {name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </footer>
  );
}
