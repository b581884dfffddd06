// Everything under /admin (the console, its sign-in and two-factor pages): the console's
// client components get their messages too, on top of the storefront's (lib/i18n/client-messages.ts).
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { ADMIN_CLIENT_MESSAGES, clientMessages } from "@/lib/i18n/client-messages";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale; // checked by the [locale] layout
  setRequestLocale(locale);
  const messages = await getMessages({ locale });
  return <NextIntlClientProvider messages={clientMessages(messages, ADMIN_CLIENT_MESSAGES)}>{children}</NextIntlClientProvider>;
}
