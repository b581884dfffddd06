import "server-only";
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";

/**
 * A key setting as operators have it: inline PEM (with real or `\n` line breaks), a path to a
 * PEM file, or the bare base64 body the Alipay console hands out. The error names the
 * setting, never its value.
 */
function pemText(name: string, value: string): string | Buffer {
  const inline = value.replace(/\\n/g, "\n").trim();
  if (inline.startsWith("-----BEGIN")) return inline;
  if (existsSync(value)) return readFileSync(value, "utf8");
  if (/^[A-Za-z0-9+/=\s]+$/.test(inline) && inline.length > 100) return Buffer.from(inline.replace(/\s+/g, ""), "base64");
  throw new Error(`${name}: neither a PEM key, a base64 key nor a readable file`);
}

export function loadPrivateKey(name: string, value: string): KeyObject {
  const source = pemText(name, value);
  try {
    if (typeof source === "string") return createPrivateKey(source);
    try {
      return createPrivateKey({ key: source, format: "der", type: "pkcs8" });
    } catch {
      return createPrivateKey({ key: source, format: "der", type: "pkcs1" });
    }
  } catch {
    throw new Error(`${name}: not a valid RSA private key`);
  }
}

export function loadPublicKey(name: string, value: string): KeyObject {
  const source = pemText(name, value);
  try {
    if (typeof source === "string") return createPublicKey(source);
    try {
      return createPublicKey({ key: source, format: "der", type: "spki" });
    } catch {
      return createPublicKey({ key: source, format: "der", type: "pkcs1" });
    }
  } catch {
    throw new Error(`${name}: not a valid RSA public key`);
  }
}

/** A platform certificate: its public key, serial number (upper-case hex, as WeChat Pay sends it) and end of validity. */
export function loadCertificate(name: string, value: string): { key: KeyObject; serial: string; validTo: Date } {
  const source = pemText(name, value);
  try {
    const cert = new X509Certificate(source);
    return { key: cert.publicKey, serial: cert.serialNumber.toUpperCase(), validTo: new Date(cert.validTo) };
  } catch {
    throw new Error(`${name}: not a valid X.509 certificate`);
  }
}
