import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

type SecretBox = typeof import("./secret-box");

// lib/env.ts reads STOCKLINE_ENCRYPTION_KEY once, on first import: set it, then import fresh.
// Without it master-key.ts would create a key file under the data directory.
async function loadWithKey(key: string): Promise<SecretBox> {
  vi.stubEnv("STOCKLINE_ENCRYPTION_KEY", key);
  vi.resetModules();
  return import("./secret-box");
}

const KEY = randomBytes(32).toString("base64");
let box: SecretBox;
beforeAll(async () => {
  box = await loadWithKey(KEY);
});
afterAll(() => vi.unstubAllEnvs());

/** Changes one character of a base64url part to another valid one. */
function flipPart(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const part = parts[index]!;
  const bytes = Buffer.from(part, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString("base64url");
  return parts.join(".");
}

describe("encrypt / decrypt", () => {
  it("round-trips ASCII, Unicode, long and empty lines", () => {
    for (const plain of ["user@example.com----pw----extra", "账号----密码----备注 ✓", "x".repeat(4096), ""]) {
      const sealed = box.encrypt(plain);
      expect(sealed).not.toContain(plain || "\u0000");
      expect(box.decrypt(sealed)).toBe(plain);
    }
  });

  it("seals as v1.<iv>.<tag>.<ciphertext> in base64url, with a fresh IV each time", () => {
    const a = box.encrypt("same line");
    const b = box.encrypt("same line");
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(box.decrypt(a)).toBe(box.decrypt(b));
  });

  it("detects tampering with the ciphertext, the tag or the IV", () => {
    const sealed = box.encrypt("account----password");
    for (const index of [1, 2, 3]) expect(() => box.decrypt(flipPart(sealed, index)), `part ${index}`).toThrow();
    // Swapping in another message's body under this message's tag fails too.
    const other = box.encrypt("account----passwore").split(".");
    const parts = sealed.split(".");
    expect(() => box.decrypt([parts[0], parts[1], parts[2], other[3]].join("."))).toThrow();
  });

  it("refuses malformed or unknown-version input", () => {
    const [, iv, tag, body] = box.encrypt("line").split(".");
    expect(() => box.decrypt(`v2.${iv}.${tag}.${body}`)).toThrow("unrecognised ciphertext");
    expect(() => box.decrypt("plain text")).toThrow("unrecognised ciphertext");
    expect(() => box.decrypt(`v1.${iv}.${tag}`)).toThrow("unrecognised ciphertext");
    expect(() => box.decrypt("")).toThrow("unrecognised ciphertext");
  });

  it("cannot be opened with another master key", async () => {
    const sealed = box.encrypt("secret line");
    const otherBox = await loadWithKey(randomBytes(32).toString("base64"));
    expect(() => otherBox.decrypt(sealed)).toThrow();
    // The same key again opens it: nothing but the key is needed.
    const sameBox = await loadWithKey(KEY);
    expect(sameBox.decrypt(sealed)).toBe("secret line");
  });
});

describe("keyedHash", () => {
  it("is stable for a line and differs between lines", () => {
    const hash = box.keyedHash("user@example.com----pw");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(box.keyedHash("user@example.com----pw")).toBe(hash);
    expect(box.keyedHash("user@example.com----pw ")).not.toBe(hash);
    expect(box.keyedHash("User@example.com----pw")).not.toBe(hash);
  });

  it("is stable across restarts with the same key and is keyed (not a plain hash)", async () => {
    const hash = box.keyedHash("line");
    expect((await loadWithKey(KEY)).keyedHash("line")).toBe(hash);
    expect((await loadWithKey(randomBytes(32).toString("base64"))).keyedHash("line")).not.toBe(hash);
  });
});
