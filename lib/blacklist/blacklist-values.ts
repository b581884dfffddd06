// What a blacklist entry holds, in the one form the order check compares against: emails and
// domains lower-cased, an IP in the form lib/api/client-ip.ts reports it (an IPv4 address
// that arrives IPv4-mapped, `::ffff:1.2.3.4`, is its plain IPv4 form).
import { isIP } from "node:net";
import { z } from "zod";

import type { BlacklistKind } from "./blacklist-kinds";

/** A client address as the blacklist stores and compares it. */
export function normalizeIp(ip: string): string {
  const lower = ip.trim().toLowerCase();
  return lower.startsWith("::ffff:") && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}

/** The domain of an address (after its last @), lower-cased; "" when there is none. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0
    ? ""
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

const domainPattern = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** The stored value of an entry, or the reason it is not one. */
export function blacklistValue(kind: BlacklistKind, raw: string): { ok: true; value: string } | { ok: false; message: string } {
  const value = raw.trim().toLowerCase();
  if (kind === "email") {
    return z.email().safeParse(value).success && value.length <= 254
      ? { ok: true, value }
      : { ok: false, message: "value: must be an email address" };
  }
  if (kind === "domain") {
    const domain = value.startsWith("@") ? value.slice(1) : value;
    return domainPattern.test(domain) ? { ok: true, value: domain } : { ok: false, message: "value: must be a domain such as example.com" };
  }
  const ip = normalizeIp(value);
  return isIP(ip) ? { ok: true, value: ip } : { ok: false, message: "value: must be an IPv4 or IPv6 address" };
}
