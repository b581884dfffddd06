// Locale routing and the pages' Content-Security-Policy: `/` and unprefixed paths go to
// /zh/... or /en/... by the NEXT_LOCALE cookie or Accept-Language, and every page gets a
// policy with its own nonce (Next reads it from the request's CSP header and puts it on its
// scripts). The public API (/api), Next's own files and anything with a file extension never
// pass through here.
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, newNonce } from "./lib/http/security-headers";
import { withOrigin } from "./lib/site/link-header";
import { env } from "./lib/env";

const localeRouting = createMiddleware(routing);
const siteOrigin = env.SITE_URL ? new URL(env.SITE_URL).origin : undefined;

export default function proxy(request: NextRequest) {
  // X-Forwarded-Proto is set by our HTTP server, from a trusted proxy only.
  const policy = contentSecurityPolicy(newNonce(), {
    https: request.headers.get("x-forwarded-proto") === "https",
    dev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = localeRouting(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  // next-intl names the other-language versions with the request's Host; the shop's own address wins.
  const link = response.headers.get("link");
  if (link && siteOrigin) response.headers.set("Link", withOrigin(link, siteOrigin));
  return response;
}

export const config = {
  // `api` only as a whole first segment: /api-docs is a page and gets its locale like any other.
  matcher: "/((?!api(?:/|$)|_next|_vercel|.*\\..*).*)",
};
