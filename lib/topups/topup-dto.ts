import { fenToYuan, formatDecimal } from "../money";
import { COINS, type Coin } from "../payments/crypto/coins";
import { cashierPaymentDto } from "../orders/order-dto";

export type TopupRow = {
  id: string;
  topupNo: string;
  currency: string;
  amount: bigint;
  paymentMethod: string;
  coin: string | null;
  payAddress: string | null;
  payAmount: string | null;
  payUrl: string | null;
  payQr: string | null;
  status: string;
  expiresAt: Date;
  createdAt: Date;
  paidAt: Date | null;
};

/** A balance amount in the API's form: CNY a number of yuan, USDT a decimal string. */
export const balanceAmount = (currency: string, amount: bigint) => (currency === "CNY" ? fenToYuan(amount) : formatDecimal(amount, 6));

export function topupDto(topup: TopupRow) {
  return {
    id: topup.id,
    topup_no: topup.topupNo,
    status: topup.status,
    currency: topup.currency,
    amount: balanceAmount(topup.currency, topup.amount),
    payment_method: topup.paymentMethod,
    created_at: topup.createdAt.toISOString(),
    expires_at: topup.expiresAt.toISOString(),
    paid_at: topup.paidAt?.toISOString() ?? null,
  };
}

/** How to pay a pending top-up: the same shapes as an order's payment (crypto, or the cashier's link/QR). */
export function topupPaymentDto(topup: TopupRow) {
  if (topup.status !== "pending") return { method: topup.paymentMethod, paid: topup.paidAt !== null };
  if (topup.paymentMethod === "crypto" && topup.coin && topup.payAddress && topup.payAmount) {
    const coin = COINS[topup.coin as Coin];
    return {
      method: "crypto",
      coin: topup.coin,
      network: coin.network,
      asset: coin.asset,
      address: topup.payAddress,
      amount: formatDecimal(BigInt(topup.payAmount), coin.decimals),
      amount_atomic: topup.payAmount,
      decimals: coin.decimals,
      expires_at: topup.expiresAt.toISOString(),
    };
  }
  return cashierPaymentDto(topup.paymentMethod, topup);
}
