import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { masterKey } from "../crypto/master-key";

// A shopper who looked an order up (number + email, under the published limits) may watch it
// for a while without looking it up again: the lookup answers a grant, signed by the server,
// that names the pair and when it runs out. The lookup page refreshes the result with it when
// the order's status changes, so waiting for a payment does not spend the lookup limits.
const GRANT_TTL_MS = 30 * 60_000;

const macOf = (payload: string) => createHmac("sha256", masterKey()).update(`lookup-grant:${payload}`).digest("base64url");

export function issueLookupGrant(orderNo: string, email: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ n: orderNo, e: email, x: now + GRANT_TTL_MS })).toString("base64url");
  return `${payload}.${macOf(payload)}`;
}

/** The pair a grant names, or null when it is forged, altered or expired. */
export function openLookupGrant(grant: string, now = Date.now()): { orderNo: string; email: string } | null {
  const [payload, mac, extra] = grant.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(macOf(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { n, e, x } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { n: unknown; e: unknown; x: unknown };
    if (typeof n !== "string" || typeof e !== "string" || typeof x !== "number" || x <= now) return null;
    return { orderNo: n, email: e };
  } catch {
    return null;
  }
}
