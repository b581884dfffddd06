import { env } from "../env";

/**
 * The caller's address for rate limiting. Our HTTP server appends the socket's address to
 * X-Forwarded-For, so the rightmost entry is always real; behind N trusted proxies
 * (TRUST_PROXY_HOPS) the client is N entries further left. Entries left of that were
 * written by the client and are ignored.
 */
export function clientIp(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - env.TRUST_PROXY_HOPS)] ?? "unknown";
}
