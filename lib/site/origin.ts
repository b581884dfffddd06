import "server-only";
import { headers } from "next/headers";
import { env } from "../env";

/**
 * The shop's own origin (https://shop.example.com) for absolute URLs: the sitemap, link
 * previews, the API docs' examples. SITE_URL when the operator set it; otherwise the address
 * this request came to, so a fresh install shows working examples without configuration.
 */
export async function siteOrigin(): Promise<string> {
  if (env.SITE_URL) return new URL(env.SITE_URL).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
