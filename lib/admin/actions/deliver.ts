"use server";
// The console's manual delivery: the typed lines (one item per line) through the same service
// as POST /api/admin/orders/:id/deliver.
import { requireAdminActor } from "../../auth/admin-session";
import { deliverManualOrder } from "../orders/deliver-manual-order";
import { manualDeliverySchema } from "../../orders/manual-delivery-schema";
import { revalidateConsole } from "./revalidate";
import { failed, text, type ActionState } from "./action-state";

export async function deliverOrderAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    const items = text(form, "items")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const input = manualDeliverySchema.parse({ items, note: text(form, "note").trim() || undefined });
    const outcome = await deliverManualOrder(actor, text(form, "id"), input);
    revalidateConsole();
    return { ok: true, result: { changed: outcome.changed ? 1 : 0 } };
  } catch (error) {
    return failed(error);
  }
}
