// /{locale}/contact: the operator's text from content/support/contact.<locale>.md.
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SupportPageView, supportPageMetadata } from "@/components/support/support-page";

// Read per request, so an edited text or SUPPORT_EMAIL shows without a rebuild.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return supportPageMetadata("contact", (await params).locale as Locale);
}

export default async function ContactPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <SupportPageView page="contact" locale={locale} />;
}
