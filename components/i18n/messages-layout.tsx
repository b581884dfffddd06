// The layout of a subtree of app/[locale] whose client components need messages the [locale]
// layout does not send: it provides that subtree's list instead (lib/i18n/client-messages.ts).
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { CLIENT_MESSAGES, clientMessages, type MessagesSubtree } from "@/lib/i18n/client-messages";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** A layout providing the client messages listed for `subtree`. */
export function messagesLayout(subtree: MessagesSubtree) {
  return async function MessagesLayout({ children, params }: Props) {
    const locale = (await params).locale as Locale; // checked by the [locale] layout
    setRequestLocale(locale);
    const messages = await getMessages({ locale });
    return <NextIntlClientProvider messages={clientMessages(messages, CLIENT_MESSAGES[subtree])}>{children}</NextIntlClientProvider>;
  };
}
