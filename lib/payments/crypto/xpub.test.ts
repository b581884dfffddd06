import { pbkdf2Sync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HDKey } from "@scure/bip32";
import { parseAccountKey, receivingAddress } from "./xpub";

// BIP84's test vector (mnemonic "abandon" x11 + "about"): the account key as wallets export it.
const ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs";
const MNEMONIC = `${"abandon ".repeat(11)}about`;

describe("BIP84 receiving addresses", () => {
  it("derives m/84'/0'/0'/0/i from a zpub as the BIP84 vectors say", () => {
    const account = parseAccountKey(ZPUB);
    expect(receivingAddress(account, 0)).toBe("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu");
    expect(receivingAddress(account, 1)).toBe("bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g");
  });

  it("gives the same addresses from the same account exported as an xpub, and from the seed itself", () => {
    const seed = pbkdf2Sync(MNEMONIC.normalize("NFKD"), "mnemonic", 2048, 64, "sha512");
    const account = HDKey.fromMasterSeed(seed).derive("m/84'/0'/0'");
    const xpub = account.publicExtendedKey;
    expect(xpub.startsWith("xpub")).toBe(true);
    expect(receivingAddress(parseAccountKey(xpub), 0)).toBe("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu");
    expect(receivingAddress(parseAccountKey(ZPUB), 7)).toBe(receivingAddress(parseAccountKey(xpub), 7));
  });

  it("refuses private keys, testnet keys and damaged keys", () => {
    const seed = pbkdf2Sync(MNEMONIC, "mnemonic", 2048, 64, "sha512");
    expect(() => parseAccountKey(HDKey.fromMasterSeed(seed).derive("m/84'/0'/0'").privateExtendedKey)).toThrow();
    expect(() => parseAccountKey(`t${ZPUB.slice(1)}`)).toThrow("xpub or zpub");
    expect(() => parseAccountKey(`${ZPUB.slice(0, -1)}t`)).toThrow();
  });
});
