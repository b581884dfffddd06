// The cashier protocols' small wire rules, pinned: amounts, EPay's MD5 content, Alipay's
// signed response node, WeChat Pay's AEAD resource, and the key formats operators paste.
import { createCipheriv, createHash, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { amountToFen, fenToAmount } from "./rail";
import { epaySign, epaySignatureMatches } from "./epay/epay-sign";
import { alipaySignContent, beijingTime, responseNodeText } from "./alipay/alipay-sign";
import { decryptResource, rfc3339Beijing } from "./wechat/wechat-sign";
import { loadPrivateKey, loadPublicKey } from "./keys";

describe("amounts", () => {
  it("fen <-> provider decimals, exactly, refusing anything else", () => {
    expect([0n, 5n, 1234n, 100000n].map(fenToAmount)).toEqual(["0.00", "0.05", "12.34", "1000.00"]);
    expect(["12.34", "12.3", "12", " 7.01 "].map(amountToFen)).toEqual([1234n, 1230n, 1200n, 701n]);
    for (const bad of ["12.345", "-1", "1e3", "", "abc", 12.34, null]) expect(amountToFen(bad)).toBeNull();
  });
});

describe("EPay signing", () => {
  it("sorts, skips sign, sign_type and empty values, and appends the key without a separator", () => {
    const params = { type: "alipay", money: "1.00", pid: "1001", sign: "x", sign_type: "MD5", return_url: "" };
    expect(epaySign(params, "KEY")).toBe(createHash("md5").update("money=1.00&pid=1001&type=alipayKEY").digest("hex"));
    expect(epaySignatureMatches({ ...params, sign: epaySign(params, "KEY") }, "KEY")).toBe(true);
    expect(epaySignatureMatches({ ...params, sign: epaySign(params, "KEY").toUpperCase() }, "KEY")).toBe(true);
    expect(epaySignatureMatches({ ...params, money: "100.00", sign: epaySign(params, "KEY") }, "KEY")).toBe(false);
  });
});

describe("Alipay", () => {
  it("signs over the sorted parameters, and verifies the response node exactly as sent", () => {
    expect(alipaySignContent({ b: "2", a: "1", sign: "s", sign_type: "RSA2" }, ["sign", "sign_type"])).toBe("a=1&b=2");
    const text = `{"alipay_trade_query_response":{"code":"10000","msg":"Success","subject":"a \\"}\\" {b}","n":{"x":1}},"sign":"abc"}`;
    expect(responseNodeText(text, "alipay_trade_query_response")).toBe(
      `{"code":"10000","msg":"Success","subject":"a \\"}\\" {b}","n":{"x":1}}`,
    );
    expect(responseNodeText(text, "alipay_trade_refund_response")).toBeNull();
    expect(beijingTime(new Date("2026-04-29T16:30:00Z"))).toBe("2026-04-30 00:30:00");
  });
});

describe("WeChat Pay", () => {
  it("decrypts an AEAD_AES_256_GCM resource (tag at the end) and refuses a wrong key", () => {
    const key = "0123456789abcdef0123456789abcdef";
    const cipher = createCipheriv("aes-256-gcm", Buffer.from(key), Buffer.from("abcdefabcdef"));
    cipher.setAAD(Buffer.from("transaction"));
    const ciphertext = Buffer.concat([cipher.update('{"trade_state":"SUCCESS"}'), cipher.final(), cipher.getAuthTag()]).toString("base64");
    const resource = { ciphertext, nonce: "abcdefabcdef", associated_data: "transaction" };
    expect(decryptResource(resource, key)).toBe('{"trade_state":"SUCCESS"}');
    expect(() => decryptResource(resource, "f".repeat(32))).toThrow();
    expect(() => decryptResource({ ...resource, associated_data: "other" }, key)).toThrow();
    expect(rfc3339Beijing(new Date("2026-04-29T16:30:00Z"))).toBe("2026-04-30T00:30:00+08:00");
  });
});

describe("key settings", () => {
  const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privatePem = pair.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  const publicPem = pair.publicKey.export({ format: "pem", type: "spki" }).toString();

  it("accepts inline PEM with \\n, a file path, PKCS#1 and the bare base64 body", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "stockline-key-")), "key.pem");
    writeFileSync(file, privatePem);
    const pkcs1 = pair.privateKey.export({ format: "pem", type: "pkcs1" }).toString();
    const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
    for (const value of [privatePem.replaceAll("\n", "\\n"), file, pkcs1, bare(privatePem), bare(pkcs1)]) {
      expect(loadPrivateKey("TEST_KEY", value).asymmetricKeyType).toBe("rsa");
    }
    expect(loadPublicKey("TEST_PUB", bare(publicPem)).asymmetricKeyType).toBe("rsa");
  });

  it("names the setting, never the value, when a key does not load", () => {
    const broken = privatePem.replace(/[A-Za-z]{20}/, "A".repeat(20));
    for (const value of ["not a key", broken, "/no/such/file.pem"]) {
      expect(() => loadPrivateKey("ALIPAY_PRIVATE_KEY", value)).toThrow(/^ALIPAY_PRIVATE_KEY: /);
      try {
        loadPrivateKey("ALIPAY_PRIVATE_KEY", value);
      } catch (error) {
        expect((error as Error).message).not.toContain(value);
      }
    }
  });
});
