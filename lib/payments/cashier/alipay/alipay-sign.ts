import { createSign, createVerify, type KeyObject } from "node:crypto";

/** Alipay's content to sign: parameters sorted by name, `k=v&k=v`, raw values. */
export function alipaySignContent(params: Record<string, string>, exclude: string[]): string {
  return Object.keys(params)
    .filter((name) => !exclude.includes(name))
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join("&");
}

/** RSA2 = SHA256withRSA, base64. Requests are signed over every non-empty parameter but `sign`. */
export function rsa2Sign(content: string, key: KeyObject): string {
  return createSign("RSA-SHA256").update(content, "utf8").sign(key, "base64");
}

export function rsa2Verify(content: string, signature: string, key: KeyObject): boolean {
  try {
    return createVerify("RSA-SHA256").update(content, "utf8").verify(key, signature, "base64");
  } catch {
    return false;
  }
}

/**
 * The exact text of `"<node>": {...}` in a gateway answer: Alipay signs the raw JSON of the
 * response node as it was sent, so it is cut out of the text rather than re-serialised.
 */
export function responseNodeText(text: string, node: string): string | null {
  const keyAt = text.indexOf(`"${node}"`);
  if (keyAt < 0) return null;
  const start = text.indexOf("{", keyAt + node.length + 2);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** Beijing time as Alipay writes it: `2026-04-29 12:34:56`. */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}
