import "server-only";
import { db } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { tokenMatches } from "../../crypto/tokens";
import { confirmPayment, type ConfirmOutcome } from "../../orders/confirm-payment";
import { ORDER_NUMBER_PATTERN } from "../../orders/order-number";

/** Who may press the button: the order's token (status link) or its signed-in owner. */
export type DemoPaymentProof = { token: string } | { userId: string };

/**
 * "Simulate payment (demo)": someone trying the shop completes a crypto order that pays a
 * demo receiving address (a public test wallet, its keys known to all) without sending
 * anything. It goes through confirmPayment like any payment, source `demo`, once per order.
 * Refused for any order whose address is not a demo address: with real addresses
 * configured, new orders get those, and there is nothing to simulate.
 */
export async function simulateDemoPayment(orderId: string, proof: DemoPaymentProof): Promise<ConfirmOutcome> {
  const order = await db.order.findFirst({
    where: ORDER_NUMBER_PATTERN.test(orderId) ? { orderNo: orderId } : { id: orderId },
    select: { id: true, accessTokenHash: true, userId: true, paymentMethod: true, coin: true, payAddress: true, payAmount: true },
  });
  if (!order) throw errors.orderNotFound();
  if ("userId" in proof && order.userId !== proof.userId) throw errors.orderNotFound();
  if ("token" in proof && !tokenMatches(proof.token, order.accessTokenHash))
    throw new AppError("invalid_order_token", "Invalid order token");
  if (!(await paysDemoAddress(order))) throw errors.forbidden("Simulated payments are only for orders paying a demo receiving address");
  return confirmPayment({ orderId: order.id, source: "demo", eventKey: `demo:${order.id}`, amount: order.payAmount ?? undefined });
}

async function paysDemoAddress(order: { paymentMethod: string; coin: string | null; payAddress: string | null }): Promise<boolean> {
  if (order.paymentMethod !== "crypto" || !order.coin || !order.payAddress) return false;
  const row = await db.paymentAddress.findUnique({
    where: { coin_address: { coin: order.coin, address: order.payAddress } },
    select: { demo: true },
  });
  return row?.demo === true;
}
