import "server-only";
import { db } from "../../db";

/**
 * What a cashier trade pays for, found by its out_trade_no: an order (GS…) or a balance
 * top-up (TU…). The amount is what the provider must report, in fen.
 */
export type Payable =
  | { kind: "order"; id: string; number: string; status: string; amountFen: bigint; payRail: string | null; userId: string | null }
  | { kind: "topup"; id: string; number: string; status: string; amountFen: bigint; payRail: string | null; userId: string };

export async function findPayable(outTradeNo: string): Promise<Payable | null> {
  if (outTradeNo.startsWith("GS")) {
    const order = await db.order.findUnique({
      where: { orderNo: outTradeNo },
      select: { id: true, orderNo: true, status: true, amountFen: true, payRail: true, userId: true },
    });
    return (
      order && {
        kind: "order",
        id: order.id,
        number: order.orderNo,
        status: order.status,
        amountFen: order.amountFen,
        payRail: order.payRail,
        userId: order.userId,
      }
    );
  }
  if (outTradeNo.startsWith("TU")) {
    const topup = await db.topup.findUnique({
      where: { topupNo: outTradeNo },
      select: { id: true, topupNo: true, status: true, amount: true, currency: true, payRail: true, userId: true },
    });
    // Cashier top-ups are CNY: what is credited is what is charged.
    return topup && topup.currency === "CNY"
      ? {
          kind: "topup",
          id: topup.id,
          number: topup.topupNo,
          status: topup.status,
          amountFen: topup.amount,
          payRail: topup.payRail,
          userId: topup.userId,
        }
      : null;
  }
  return null;
}
