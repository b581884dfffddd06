import "server-only";
import { env } from "../env";

/**
 * An absolute link into the shop for a mail. Always SITE_URL (lib/env.ts requires it once
 * SMTP_URL is set), never a request's Host header: a forged Host would otherwise put the
 * attacker's site into a password reset mail. Without SMTP no mail leaves the shop, so the
 * fallback only ever appears in the operator's outbox.
 */
export function shopLink(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, env.SITE_URL ?? "http://localhost:3000");
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
