import "server-only";
// The start of every console page: its locale, and the signed-in operator (or the way to the
// console's sign-in / two-factor set-up, or a 403).
import { setRequestLocale } from "next-intl/server";
import { requireConsoleAdmin } from "../auth/admin-session";
import { pageLocale } from "../i18n/page-locale";

export async function consolePage(params: Promise<{ locale: string }>) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const admin = await requireConsoleAdmin(locale);
  return { locale, admin };
}

/** A search parameter as one string ("" when missing or repeated). */
export function param(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}
