import { timingSafeEqual, createHash } from "node:crypto";
import { env } from "../env";

/** Server jobs authenticate with INTERNAL_API_KEY (header `x-internal-key` or Bearer). Unset: nobody can. */
export function internalKeyMatches(headers: Headers): boolean {
  const expected = env.INTERNAL_API_KEY;
  if (!expected) return false;
  const given = headers.get("x-internal-key") ?? headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
