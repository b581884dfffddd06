// The layout of a subtree of app/[locale] whose client components need messages the [locale]
// layout does not send: it provides that subtree's list instead (lib/i18n/client-messages.ts).
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import { CLIENT_MESSAGES, clientMessages, type MessagesSubtree } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** A layout providing the client messages listed for `subtree`. */
export function messagesLayout(subtree: MessagesSubtree) {
  return async function MessagesLayout({ children, params }: Props) {
    const locale = await pageLocale(params);
    setRequestLocale(locale);
    const messages = await getMessages({ locale });
    return <NextIntlClientProvider messages={clientMessages(messages, CLIENT_MESSAGES[subtree])}>{children}</NextIntlClientProvider>;
  };
}
