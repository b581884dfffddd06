// The coins the API accepts (contract: `coin`), with the facts needed to price and detect them.
export const COINS = {
  trc20_usdt: { network: "TRON", asset: "USDT", decimals: 6, stepAtomic: 10_000n, usdPegged: true },
  erc20_usdt: { network: "Ethereum", asset: "USDT", decimals: 6, stepAtomic: 10_000n, usdPegged: true },
  bep20_usdt: { network: "BSC", asset: "USDT", decimals: 18, stepAtomic: 10n ** 16n, usdPegged: true },
  btc: { network: "Bitcoin", asset: "BTC", decimals: 8, stepAtomic: 100n, usdPegged: false },
  eth: { network: "Ethereum", asset: "ETH", decimals: 18, stepAtomic: 10n ** 12n, usdPegged: false },
  trx: { network: "TRON", asset: "TRX", decimals: 6, stepAtomic: 10_000n, usdPegged: false },
  bnb: { network: "BSC", asset: "BNB", decimals: 18, stepAtomic: 10n ** 13n, usdPegged: false },
} as const;

export type Coin = keyof typeof COINS;
export const COIN_NAMES = Object.keys(COINS) as [Coin, ...Coin[]];
