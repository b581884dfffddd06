import "server-only";
import { ownOrderStatus } from "../orders/order-views";

/**
 * One of the signed-in user's orders: what the status link shows (payment while unpaid, the
 * items once delivered). The session user proves ownership here; the order's access token is
 * not needed (it was shown once).
 */
export async function accountOrderOrThrow(userId: string, orderId: string) {
  return ownOrderStatus(userId, orderId);
}
