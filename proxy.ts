// Locale routing only: `/` and unprefixed paths go to /zh/... or /en/... by the NEXT_LOCALE
// cookie or Accept-Language. The public API (/api), Next's own files and anything with a
// file extension never pass through here.
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // `api` only as a whole first segment: /api-docs is a page and gets its locale like any other.
  matcher: "/((?!api(?:/|$)|_next|_vercel|.*\\..*).*)",
};
