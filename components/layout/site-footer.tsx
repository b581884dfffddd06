import { getTranslations } from "next-intl/server";

// The support sections by name; their pages come with the support slice.
export async function SiteFooter() {
  const t = await getTranslations("Footer");
  const sections = [t("faq"), t("orderLookup"), t("contact"), t("terms")];
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-semibold text-slate-900">Stockline</p>
          <p className="mt-1">{t("rights")}</p>
        </div>
        <section aria-labelledby="footer-support">
          <h2 id="footer-support" className="font-semibold text-slate-900">
            {t("support")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {sections.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      </div>
    </footer>
  );
}
