import { env } from "../env";

/** Said once at start: without SITE_URL absolute links come from the Host header a client sends. */
export function warnWithoutSiteUrl(): void {
  if (process.env.NODE_ENV !== "production" || env.SITE_URL) return;
  console.warn(
    "[stockline] SITE_URL is not set: the sitemap, robots.txt, link previews and Link headers take the shop's " +
      "address from each request's Host header. Set SITE_URL to the shop's public address (https://shop.example.com).",
  );
}
