// Opaque bearer secrets: random, shown once, stored as SHA-256 (they carry 256 bits of
// entropy, so a fast hash is enough and keeps lookups to one indexed equality).
import { createHash, timingSafeEqual } from "node:crypto";
import { pooledRandomBytes } from "./pooled-random-bytes";

export function newToken(prefix: string): string {
  return `${prefix}_${pooledRandomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
