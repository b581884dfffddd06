import "server-only";
import { paymentConfig } from "../payments/payment-config";
import { USDT_COINS } from "./schemas";
import { topupLimits } from "./create-topup";

/** What the top-up form offers now: the cashier methods and coins payment-config enables, and the limits. */
export async function topupChoices() {
  const config = await paymentConfig();
  const limit = (currency: "CNY" | "USDT") => {
    const { minText, maxText } = topupLimits(currency);
    return { min: minText, max: maxText };
  };
  return {
    cashier: (["alipay", "wechat"] as const).filter((method) => config.methods[method].enabled),
    coins: config.methods.crypto.coins.map(({ coin, asset, network }) => ({
      coin,
      asset,
      network,
      usdt: (USDT_COINS as readonly string[]).includes(coin),
    })),
    limits: { CNY: limit("CNY"), USDT: limit("USDT") },
  };
}
