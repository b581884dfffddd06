// next-intl's per-request configuration: the locale from the [locale] segment, its messages.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// Without a time zone in the configuration next-intl asks the runtime for its own at every
// request (a new Intl.DateTimeFormat: about 0.4 ms of a page's render in the bench's profile);
// this is the same answer, asked once.
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
