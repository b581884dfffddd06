import { fenToYuan, formatDecimal } from "../money";
import { COINS, type Coin } from "../payments/crypto/coins";

export type OrderRow = {
  id: string;
  orderNo: string;
  productId: string;
  quantity: number;
  unitPriceFen: bigint;
  discountFen: bigint;
  amountFen: bigint;
  currency: string;
  paymentMethod: string;
  coin: string | null;
  payAddress: string | null;
  payAmount: string | null;
  payDemo?: boolean;
  payUrl?: string | null;
  payQr?: string | null;
  contactEmail: string;
  status: string;
  createdAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
  completedAt: Date | null;
};

export function orderDto(order: OrderRow) {
  return {
    id: order.id,
    order_no: order.orderNo,
    status: order.status,
    product_id: order.productId,
    quantity: order.quantity,
    unit_price: fenToYuan(order.unitPriceFen),
    discount: fenToYuan(order.discountFen),
    amount: fenToYuan(order.amountFen),
    currency: order.currency,
    payment_method: order.paymentMethod,
    contact_email: order.contactEmail,
    created_at: order.createdAt.toISOString(),
    expires_at: order.expiresAt.toISOString(),
    paid_at: order.paidAt?.toISOString() ?? null,
    completed_at: order.completedAt?.toISOString() ?? null,
  };
}

/** How to pay a pending order; for crypto the exact amount is a decimal string in coin units. */
export function paymentDto(order: OrderRow, payDemo = order.payDemo) {
  if (order.paymentMethod === "crypto" && order.coin && order.payAmount && order.payAddress) {
    const coin = COINS[order.coin as Coin];
    return {
      method: "crypto",
      coin: order.coin,
      network: coin.network,
      asset: coin.asset,
      address: order.payAddress,
      amount: formatDecimal(BigInt(order.payAmount), coin.decimals),
      amount_atomic: order.payAmount,
      decimals: coin.decimals,
      expires_at: order.expiresAt.toISOString(),
      ...(payDemo ? { demo: true, notice: "DEMO receiving address: do not send real funds" } : {}),
    };
  }
  if (order.status === "pending" && (order.payUrl || order.payQr)) return cashierPaymentDto(order.paymentMethod, order);
  return { method: order.paymentMethod, paid: order.paidAt !== null };
}

/** Alipay / WeChat Pay while unpaid: the cashier's link (phones) and/or the text of its QR code (desktops). */
export function cashierPaymentDto(method: string, payable: { payUrl?: string | null; payQr?: string | null; expiresAt: Date }) {
  return {
    method,
    paid: false,
    ...(payable.payUrl ? { pay_url: payable.payUrl } : {}),
    ...(payable.payQr ? { qr_code: payable.payQr } : {}),
    expires_at: payable.expiresAt.toISOString(),
  };
}
