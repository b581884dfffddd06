import { describe, expect, it } from "vitest";
import { addressKey, isAddressFor, isEvmAddress, isTronAddress, tronFromHex, tronToHex } from "./address-format";

// From the notes' test vectors (mnemonic "abandon" x11 + "about").
const TRON = "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH";
const ETH = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";

describe("receiving address formats", () => {
  it("accepts TRON base58check addresses and refuses a wrong checksum or prefix", () => {
    expect(isTronAddress(TRON)).toBe(true);
    expect(isTronAddress("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toBe(true); // Tether's contract
    expect(isTronAddress(`${TRON.slice(0, -1)}J`)).toBe(false);
    expect(isTronAddress("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")).toBe(false); // a Bitcoin address: base58check, other prefix
    expect(isTronAddress("TExpiryTestReceivingAddress0000001")).toBe(false);
  });

  it("converts TRON addresses to and from TronGrid's 41-prefixed hex", () => {
    const hex = tronToHex(TRON);
    expect(hex).toMatch(/^41[0-9a-f]{40}$/);
    expect(tronFromHex(hex)).toBe(TRON);
    expect(tronFromHex(hex.slice(2))).toBe(TRON); // bare 20 bytes too
    expect(() => tronToHex(ETH)).toThrow();
  });

  it("accepts EVM hex whatever its case, and compares it case-insensitively", () => {
    expect(isEvmAddress(ETH)).toBe(true);
    expect(isEvmAddress(ETH.toLowerCase())).toBe(true);
    expect(isEvmAddress(ETH.slice(0, -1))).toBe(false);
    expect(isAddressFor("erc20_usdt", ETH)).toBe(true);
    expect(isAddressFor("erc20_usdt", TRON)).toBe(false);
    expect(isAddressFor("trc20_usdt", ETH)).toBe(false);
    expect(addressKey("eth", ETH)).toBe(ETH.toLowerCase());
    expect(addressKey("trx", TRON)).toBe(TRON);
  });
});
