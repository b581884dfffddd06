// The coins the API accepts (contract: `coin`), with the facts needed to price and detect them.
// A token is identified by its contract address, never by its symbol. `stepAtomic` rounds a
// price up to an amount people read easily; `uniqueStepAtomic` is what keeps concurrent
// orders on one address apart (lib/payments/crypto/allocate.ts): 10,000 of them stay within
// about one US dollar of the price.
export const COINS = {
  trc20_usdt: {
    network: "TRON",
    asset: "USDT",
    decimals: 6,
    stepAtomic: 10_000n,
    uniqueStepAtomic: 100n,
    usdPegged: true,
    chain: "tron",
    contract: "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
  },
  erc20_usdt: {
    network: "Ethereum",
    asset: "USDT",
    decimals: 6,
    stepAtomic: 10_000n,
    uniqueStepAtomic: 100n,
    usdPegged: true,
    chain: "ethereum",
    contract: "0xdac17f958d2ee523a2206206994597c13d831ec7",
  },
  bep20_usdt: {
    network: "BSC",
    asset: "USDT",
    decimals: 18,
    stepAtomic: 10n ** 16n,
    uniqueStepAtomic: 10n ** 14n,
    usdPegged: true,
    chain: "bsc",
    contract: "0x55d398326f99059ff775485246999027b3197955",
  },
  btc: {
    network: "Bitcoin",
    asset: "BTC",
    decimals: 8,
    stepAtomic: 100n,
    uniqueStepAtomic: 1n,
    usdPegged: false,
    chain: "bitcoin",
    contract: null,
  },
  eth: {
    network: "Ethereum",
    asset: "ETH",
    decimals: 18,
    stepAtomic: 10n ** 12n,
    uniqueStepAtomic: 10n ** 10n,
    usdPegged: false,
    chain: "ethereum",
    contract: null,
  },
  trx: {
    network: "TRON",
    asset: "TRX",
    decimals: 6,
    stepAtomic: 10_000n,
    uniqueStepAtomic: 100n,
    usdPegged: false,
    chain: "tron",
    contract: null,
  },
  bnb: {
    network: "BSC",
    asset: "BNB",
    decimals: 18,
    stepAtomic: 10n ** 13n,
    uniqueStepAtomic: 10n ** 10n,
    usdPegged: false,
    chain: "bsc",
    contract: null,
  },
} as const;

export type Coin = keyof typeof COINS;
export const COIN_NAMES = Object.keys(COINS) as [Coin, ...Coin[]];

export type Chain = (typeof COINS)[Coin]["chain"];
export const CHAINS = ["tron", "ethereum", "bsc", "bitcoin"] as const satisfies readonly Chain[];

/** The coins a chain carries, e.g. ethereum -> erc20_usdt, eth. */
export function coinsOn(chain: Chain): Coin[] {
  return COIN_NAMES.filter((coin) => COINS[coin].chain === chain);
}
