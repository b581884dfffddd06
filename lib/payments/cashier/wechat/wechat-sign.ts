import { createDecipheriv, createSign, createVerify, randomBytes, type KeyObject } from "node:crypto";

/**
 * WeChat Pay API v3 request signature: RSA-SHA256 over `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`
 * with the merchant's private key, sent as
 * `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"`.
 */
export function wechatAuthorization(input: {
  method: string;
  pathWithQuery: string;
  body: string;
  mchId: string;
  serial: string;
  key: KeyObject;
}): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString("hex");
  const message = `${input.method}\n${input.pathWithQuery}\n${timestamp}\n${nonce}\n${input.body}\n`;
  const signature = createSign("RSA-SHA256").update(message, "utf8").sign(input.key, "base64");
  return `WECHATPAY2-SHA256-RSA2048 mchid="${input.mchId}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${input.serial}"`;
}

const MAX_SKEW_SECONDS = 5 * 60;

/**
 * A response's or notify's signature (Wechatpay-Timestamp/-Nonce/-Signature/-Serial headers):
 * RSA-SHA256 over `TIMESTAMP\nNONCE\nBODY\n` with the platform key whose id is the serial. An
 * old timestamp is refused, so a captured notify cannot be replayed later.
 */
export function wechatSignatureProblem(
  headers: Headers,
  body: string,
  platform: { key: KeyObject; serial: string },
  now = Date.now(),
): string | null {
  const timestamp = headers.get("wechatpay-timestamp");
  const nonce = headers.get("wechatpay-nonce");
  const signature = headers.get("wechatpay-signature");
  const serial = headers.get("wechatpay-serial");
  if (!timestamp || !nonce || !signature || !serial) return "unsigned";
  if (serial !== platform.serial) return "signed with an unknown platform key";
  if (!/^\d+$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return "timestamp too far from now";
  try {
    const valid = createVerify("RSA-SHA256").update(`${timestamp}\n${nonce}\n${body}\n`, "utf8").verify(platform.key, signature, "base64");
    return valid ? null : "bad signature";
  } catch {
    return "bad signature";
  }
}

/** The notify's `resource`: AEAD_AES_256_GCM with the APIv3 key; the tag is the ciphertext's last 16 bytes. */
export function decryptResource(resource: { ciphertext: string; nonce: string; associated_data?: string }, apiV3Key: string): string {
  const data = Buffer.from(resource.ciphertext, "base64");
  if (data.length < 17) throw new Error("ciphertext too short");
  const decipher = createDecipheriv("aes-256-gcm", Buffer.from(apiV3Key, "utf8"), Buffer.from(resource.nonce, "utf8"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  decipher.setAAD(Buffer.from(resource.associated_data ?? "", "utf8"));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
}

/** RFC 3339 in China's time zone, as WeChat Pay writes `time_expire`. */
export function rfc3339Beijing(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
