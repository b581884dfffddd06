// What a payment QR code carries. Where the wallet standard lets a URI say the amount, it does:
// BIP21 for Bitcoin, EIP-681 for Ethereum and BSC (native coin: `value` in wei; tokens: a
// `transfer` call on the token contract with the recipient and the amount in atomic units),
// with the chain id so a wallet on the wrong network refuses rather than pays there. TRON has
// no such standard that wallets agree on: its QR carries the address alone, and the payment
// page says the amount must be typed.
import { COINS } from "./crypto/coins";
import { formatDecimal } from "../money";

/** The USDT token contracts (payments.md), and the EVM chain ids. */
const EVM = {
  erc20_usdt: { chainId: 1, token: "0xdac17f958d2ee523a2206206994597c13d831ec7" },
  bep20_usdt: { chainId: 56, token: "0x55d398326f99059ff775485246999027b3197955" },
  eth: { chainId: 1, token: null },
  bnb: { chainId: 56, token: null },
} as const;

export type PaymentUri = { uri: string; carriesAmount: boolean };

/** The QR payload for sending `amountAtomic` of `coin` to `address`. */
export function paymentUri(coin: string, address: string, amountAtomic: string): PaymentUri {
  const atomic = BigInt(amountAtomic);
  if (coin === "btc") return { uri: `bitcoin:${address}?amount=${formatDecimal(atomic, COINS.btc.decimals)}`, carriesAmount: true };
  if (coin in EVM) {
    const { chainId, token } = EVM[coin as keyof typeof EVM];
    if (token) return { uri: `ethereum:${token}@${chainId}/transfer?address=${address}&uint256=${atomic}`, carriesAmount: true };
    return { uri: `ethereum:${address}@${chainId}?value=${atomic}`, carriesAmount: true };
  }
  // TRON (TRC20 USDT, TRX) and anything unknown: the address alone.
  return { uri: address, carriesAmount: false };
}
