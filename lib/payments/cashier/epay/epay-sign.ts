import { createHash, timingSafeEqual } from "node:crypto";

/**
 * EPay's MD5 signature: the non-empty parameters except `sign` and `sign_type`, sorted by
 * name, joined as `k=v&k=v`, the merchant key appended, MD5, lower-case hex. A shared secret
 * and MD5: weak by today's standards (the admin says so), but it is the protocol.
 */
export function epaySign(params: Record<string, string>, key: string): string {
  const content = Object.keys(params)
    .filter((name) => name !== "sign" && name !== "sign_type" && params[name] !== "")
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join("&");
  return createHash("md5")
    .update(content + key, "utf8")
    .digest("hex");
}

export function epaySignatureMatches(params: Record<string, string>, key: string): boolean {
  const given = Buffer.from(String(params.sign ?? "").toLowerCase());
  const expected = Buffer.from(epaySign(params, key));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
