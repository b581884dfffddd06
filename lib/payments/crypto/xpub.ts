// Bitcoin receiving addresses from the merchant's extended public key: BIP84 P2WPKH,
// m/84'/0'/0'/0/i below the account key the wallet exports (as xpub or zpub).
import { HDKey } from "@scure/bip32";
import { bech32 } from "@scure/base";
import { sha256 } from "@noble/hashes/sha256";
import { ripemd160 } from "@noble/hashes/ripemd160";

// Version bytes of mainnet extended public keys: xpub (BIP32/44) and zpub (BIP84).
const VERSIONS = {
  xpub: { private: 0x0488ade4, public: 0x0488b21e },
  zpub: { private: 0x04b2430c, public: 0x04b24746 },
} as const;

/** The account key behind an xpub/zpub string; throws on anything else (wrong checksum, private key, testnet). */
export function parseAccountKey(extendedKey: string): HDKey {
  const kind = extendedKey.slice(0, 4);
  if (kind !== "xpub" && kind !== "zpub") throw new Error("must be an xpub or zpub (mainnet extended public key)");
  const key = HDKey.fromExtendedKey(extendedKey, VERSIONS[kind]);
  if (key.privateKey) throw new Error("must be a public key");
  return key;
}

/** The native SegWit (bc1q...) address of a compressed public key. */
export function p2wpkhAddress(publicKey: Uint8Array): string {
  const program = ripemd160(sha256(publicKey));
  return bech32.encode("bc", [0, ...bech32.toWords(program)]);
}

/** The receiving address number `index` (external chain 0) of an account key. */
export function receivingAddress(account: HDKey, index: number): string {
  const child = account.deriveChild(0).deriveChild(index);
  if (!child.publicKey) throw new Error("derivation gave no public key");
  return p2wpkhAddress(child.publicKey);
}
