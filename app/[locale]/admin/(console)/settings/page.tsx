// /{locale}/admin/settings — the shop's name, banner, support text and order expiry.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { consolePage } from "@/lib/admin/console-page";
import { getShopSettings } from "@/lib/settings/shop-settings";
import { env } from "@/lib/env";
import { SettingsForm } from "@/components/admin/settings-form";
import { BrandImages } from "@/components/admin/images/brand-images";
import { shopBrand } from "@/lib/brand/shop-brand";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.settings" });
  return { title: t("title"), robots: { index: false } };
}

async function brandImagesNow() {
  const brand = await shopBrand();
  return { logo: brand.logo && { url: brand.logo.url }, favicon: brand.favicon && { url: brand.favicon.url } };
}

export default async function SettingsPage({ params }: Props) {
  await consolePage(params);
  const t = await getTranslations("Admin.settings");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <SettingsForm
        settings={await getShopSettings()}
        defaults={{
          ttl: env.ORDER_TTL_MINUTES,
          eth: env.ETH_CONFIRMATIONS,
          bsc: env.BSC_CONFIRMATIONS,
          btc: env.BTC_CONFIRMATIONS,
          markup: env.PRICE_MARKUP_PERCENT,
        }}
      />
      <BrandImages current={await brandImagesNow()} />
    </div>
  );
}
