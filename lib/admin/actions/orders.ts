"use server";
// The console's order actions (confirm, cancel, refund with a note; a refund also says where the
// money goes), over the same services as POST /api/admin/orders/:id/*; each answers with its
// outcome for the page to say.
import { requireAdminActor } from "../../auth/admin-session";
import { cancelAsOperator, confirmAsOperator, refundAsOperator } from "../orders/order-actions";
import { orderActionSchema, refundActionSchema } from "../request-schemas";
import { resendDeliveryMail } from "../orders/resend-delivery-mail";
import { resendMailSchema } from "../orders/resend-mail-schema";
import { revalidateConsole } from "./revalidate";
import { failed, text, type ActionState } from "./action-state";

const actions = { confirm: confirmAsOperator, cancel: cancelAsOperator, refund: refundAsOperator } as const;

export async function orderAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  const kind = text(form, "action") as keyof typeof actions;
  // Own keys only: `in` also finds Object.prototype's ("constructor", "__proto__").
  if (!Object.hasOwn(actions, kind)) return { ok: false, error: "invalid" };
  try {
    const note = text(form, "note").trim() || undefined;
    // Only a refund says where the money goes (the form offers it when both are possible).
    const input =
      kind === "refund" ? refundActionSchema.parse({ note, to: text(form, "to") || undefined }) : orderActionSchema.parse({ note });
    const outcome = await actions[kind](actor, text(form, "id"), input);
    revalidateConsole();
    return {
      ok: true,
      result: { action: kind, changed: outcome.changed ? 1 : 0, ...("outcome" in outcome ? { outcome: outcome.outcome } : {}) },
    };
  } catch (error) {
    return failed(error);
  }
}

/** "Send the delivery email again": the key was rendered with the button, so a double submit queues one mail. */
export async function resendDeliveryMailAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    const answer = await resendDeliveryMail(actor, text(form, "id"), resendMailSchema.parse({ key: text(form, "key") }));
    revalidateConsole();
    return { ok: true, result: { outcome: answer.queued ? answer.mail_status : "already" } };
  } catch (error) {
    return failed(error);
  }
}
