"use server";
// The console's manual delivery: the typed lines (one item per line) through the same service
// as POST /api/admin/orders/:id/deliver.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { deliverManualOrder } from "../orders/deliver-manual-order";
import { manualDeliverySchema } from "../../orders/manual-delivery-schema";
import { revalidateConsole } from "./revalidate";
import { failed, text, type ActionState } from "./action-state";
import { localeOf } from "./locale";

export async function deliverOrderAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  const id = text(form, "id");
  let changed: boolean;
  try {
    const items = text(form, "items")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const input = manualDeliverySchema.parse({ items, note: text(form, "note").trim() || undefined });
    changed = (await deliverManualOrder(actor, id, input)).changed;
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  // The page re-renders without the form (the order is completed): it says what happened.
  redirect(`/${localeOf(form)}/admin/orders/${encodeURIComponent(id)}?delivered=${changed ? "1" : "0"}`);
}
