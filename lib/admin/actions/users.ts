"use server";
// The console's account actions: balance adjustments, disable/enable, end sessions, reset two-factor.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { apiOrdersSchema } from "../../orders/api-order-approval";
import { adjustBalance, resetUserTwoFactor, revokeUserTokens, setUserApiOrders, setUserDisabled } from "../users";
import { balanceAdjustmentSchema } from "../request-schemas";
import { revalidateConsole } from "./revalidate";
import { failed, text, type ActionState } from "./action-state";
import { localeOf } from "./locale";

export async function adjustBalanceAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    const input = balanceAdjustmentSchema.parse({
      currency: text(form, "currency"),
      amount: text(form, "amount").trim(),
      reason: text(form, "reason"),
    });
    const adjustment = await adjustBalance(actor, text(form, "id"), input);
    revalidateConsole();
    return { ok: true, result: { balance_after: adjustment.balance_after, currency: adjustment.currency } };
  } catch (error) {
    return failed(error);
  }
}

const accountActions = {
  disable: (actor: Parameters<typeof setUserDisabled>[0], id: string) => setUserDisabled(actor, id, true),
  enable: (actor: Parameters<typeof setUserDisabled>[0], id: string) => setUserDisabled(actor, id, false),
  revoke: revokeUserTokens,
  resetTwoFactor: resetUserTwoFactor,
} as const;

export async function accountAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  const kind = text(form, "action") as keyof typeof accountActions;
  // Own keys only: `in` also finds Object.prototype's ("constructor", "__proto__").
  if (!Object.hasOwn(accountActions, kind)) return { ok: false, error: "invalid" };
  try {
    await accountActions[kind](actor, text(form, "id"));
  } catch (error) {
    return failed(error);
  }
  redirect(`/${localeOf(form)}/admin/users/${encodeURIComponent(text(form, "id"))}?done=${kind}`);
}

/** The account's API-order approval (PATCH /api/admin/users/:id's `api_orders`). */
export async function setApiOrdersAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    await setUserApiOrders(actor, text(form, "id"), apiOrdersSchema.parse({ api_orders: text(form, "api_orders") }));
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}
