import { getLocale, getTranslations } from "next-intl/server";
import { getShopSettings } from "@/lib/settings/shop-settings";

/** The operator's announcement (console settings) above every page, when there is one. */
export async function AnnouncementBanner() {
  const [locale, settings, t] = await Promise.all([getLocale(), getShopSettings(), getTranslations("Header")]);
  const text = locale === "zh" ? settings.announcement_zh : settings.announcement_en;
  if (!text) return null;
  return (
    <aside
      aria-label={t("announcement")}
      className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950"
      data-testid="announcement"
    >
      {text}
    </aside>
  );
}
