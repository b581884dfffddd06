// The locale of something that did not come through a [locale] page: an API request (its
// explicit `locale`, else Accept-Language, else the shop's default) or a stored order.
import Negotiator from "negotiator";
import { isLocale, routing, type Locale } from "./routing";

export function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}

/** `en-US,en;q=0.9` -> en; `zh-CN` -> zh; nothing we speak (or no header) -> the default, zh. */
export function acceptLanguageLocale(header: string | null): Locale {
  if (!header) return routing.defaultLocale;
  const [best] = new Negotiator({ headers: { "accept-language": header } }).languages([...routing.locales]);
  return localeOf(best);
}
