import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password";

describe("hashPassword / verifyPassword", () => {
  it("stores scrypt with its parameters and a salt, and verifies the right password only", async () => {
    const stored = await hashPassword("correct horse battery");
    const [scheme, n, r, p, salt, hash] = stored.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(salt!, "base64url")).toHaveLength(16);
    expect(Buffer.from(hash!, "base64url")).toHaveLength(32);
    expect(stored).not.toContain("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it("compares NFKC-normalised passwords (full-width and half-width forms are one password)", async () => {
    const stored = await hashPassword("ｐａｓｓｗｏｒｄ１２３");
    expect(await verifyPassword("password123", stored)).toBe(true);
  });

  it("reads the parameters from the stored hash, so older hashes keep working", async () => {
    const stored = await hashPassword("upgrade me");
    const weaker = stored.replace(/^scrypt\$32768\$/, "scrypt$16384$");
    // Same salt and key under other parameters: a different derivation, so it must not match.
    expect(await verifyPassword("upgrade me", weaker)).toBe(false);
  });

  it("answers false, without throwing, for tampered, foreign or dummy hashes", async () => {
    const stored = await hashPassword("pw-12345678");
    const parts = stored.split("$");
    const key = Buffer.from(parts[5]!, "base64url");
    key[0] = key[0]! ^ 0xff;
    parts[5] = key.toString("base64url");
    expect(await verifyPassword("pw-12345678", parts.join("$"))).toBe(false);
    expect(await verifyPassword("pw-12345678", "bcrypt$2b$10$abc")).toBe(false);
    expect(await verifyPassword("pw-12345678", "")).toBe(false);
    expect(await verifyPassword("pw-12345678", DUMMY_HASH)).toBe(false);
  });
});
