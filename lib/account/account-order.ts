import "server-only";
import { db } from "../db";
import { ownOrderStatus } from "../orders/order-views";

/**
 * One of the signed-in user's orders: what the status link shows (payment while unpaid, the
 * items once delivered), with the product's names. The session user proves ownership here;
 * the order's access token is not needed (it was shown once).
 */
export async function accountOrderOrThrow(userId: string, orderId: string) {
  const status = await ownOrderStatus(userId, orderId);
  const product = await db.product.findUnique({ where: { id: status.order.product_id }, select: { nameZh: true, nameEn: true } });
  return { ...status, productNameZh: product?.nameZh ?? "", productNameEn: product?.nameEn ?? "" };
}
