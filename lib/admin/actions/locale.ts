import { hasLocale } from "next-intl";
import { routing, type Locale } from "../../i18n/routing";
import { formText } from "../../forms/form-text";

/** The page's locale, posted by every console form; anything else falls back to the default. */
export function localeOf(form: FormData): Locale {
  const locale = formText(form, "locale");
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}
