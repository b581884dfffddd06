// Receiving-address formats: TRON base58check (0x41 + 20 bytes), EVM 20-byte hex (checksum
// case ignored), Bitcoin bech32 P2WPKH. Validation is by checksum, not by shape alone.
import { bytesToHex, hexToBytes } from "@noble/hashes/utils";
import { sha256 } from "@noble/hashes/sha256";
import { createBase58check } from "@scure/base";
import { COINS, type Coin } from "./coins";

const base58check = createBase58check(sha256);
const TRON_PREFIX = 0x41;

/** The 21 raw bytes of a TRON address, or null when it is not one (bad alphabet, checksum or prefix). */
function tronBytes(address: string): Uint8Array | null {
  try {
    const bytes = base58check.decode(address);
    return bytes.length === 21 && bytes[0] === TRON_PREFIX ? bytes : null;
  } catch {
    return null;
  }
}

export const isTronAddress = (address: string) => tronBytes(address) !== null;

export const isEvmAddress = (address: string) => /^0x[0-9a-fA-F]{40}$/.test(address);

/** T... -> the 41-prefixed hex TronGrid uses in raw transactions (`to_address`). */
export function tronToHex(address: string): string {
  const bytes = tronBytes(address);
  if (!bytes) throw new Error(`not a TRON address: ${address}`);
  return bytesToHex(bytes);
}

/** 41-prefixed (or bare 20-byte) hex -> T... */
export function tronFromHex(hex: string): string {
  const clean = hex.replace(/^0x/, "").toLowerCase();
  return base58check.encode(hexToBytes(clean.length === 40 ? `41${clean}` : clean));
}

/** Whether an address fits a coin's network (Bitcoin addresses come from the xpub, not from here). */
export function isAddressFor(coin: Coin, address: string): boolean {
  const chain = COINS[coin].chain;
  if (chain === "tron") return isTronAddress(address);
  if (chain === "ethereum" || chain === "bsc") return isEvmAddress(address);
  return /^bc1[02-9ac-hj-np-z]{6,87}$/.test(address);
}

/** The form addresses are compared in: EVM hex is case-insensitive (the checksum is only in the case). */
export function addressKey(coin: Coin, address: string): string {
  return COINS[coin].chain === "ethereum" || COINS[coin].chain === "bsc" ? address.toLowerCase() : address;
}
