import "server-only";
// The operator's delivery of a paid manual-delivery order (POST /api/admin/orders/:id/deliver
// and the console's order page): the typed lines are sealed and the order completed through
// lib/orders/delivery.ts (the same announcements as every delivery), with its audit entry,
// in one transaction. A second submit finds it completed and changes nothing.
import { transaction } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { encrypt } from "../../crypto/secret-box";
import { deliverByHand } from "../../orders/delivery";
import type { ManualDeliveryInput } from "../../orders/manual-delivery-schema";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";

export async function deliverManualOrder(
  actor: Actor,
  orderId: string,
  input: ManualDeliveryInput,
): Promise<{ status: "completed"; changed: boolean }> {
  const sealed = input.items.map((item) => encrypt(item));
  return transaction(async (tx) => {
    // The guarded move first (it takes SQLite's write lock before anything is read).
    const delivered = await deliverByHand(tx, orderId, sealed, new Date());
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true, kind: true } });
    if (!order) throw errors.orderNotFound();
    if (!delivered) {
      if (order.kind === "manual" && order.status === "completed") return { status: "completed" as const, changed: false };
      throw new AppError("validation", "Only a paid manual-delivery order can be delivered by hand");
    }
    // The items themselves are secrets: the audit log keeps how many, never what.
    await recordAudit(tx, actor, {
      action: "order.deliver",
      entityType: "order",
      entityId: orderId,
      before: { status: "paid" },
      after: { status: "completed", items: input.items.length, ...(input.note ? { note: input.note } : {}) },
    });
    return { status: "completed" as const, changed: true };
  });
}
