// AES-256-GCM for secrets at rest (stock lines, stored idempotent answers), and a keyed
// hash so equal lines can be found without storing them in clear.
import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { pooledRandomBytes } from "./pooled-random-bytes";
import { masterKey } from "./master-key";

const VERSION = "v1";
// Key objects are made once: building one per call is a measurable share of a status read.
let keys: { enc: KeyObject; mac: KeyObject } | undefined;

function derivedKeys() {
  if (!keys) {
    const master = masterKey();
    keys = {
      enc: createSecretKey(Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "stockline/enc", 32))),
      mac: createSecretKey(Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "stockline/mac", 32))),
    };
  }
  return keys;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function encrypt(plain: string): string {
  const iv = pooledRandomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKeys().enc, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decrypt(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("unrecognised ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", derivedKeys().enc, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export function keyedHash(value: string): string {
  return createHmac("sha256", derivedKeys().mac).update(value, "utf8").digest("hex");
}
