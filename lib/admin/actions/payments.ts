"use server";
// The console's payments forms (receiving addresses, the xpub, the transfers inbox, flagged payments, the
// cashier rails' connection test), over the same services as /api/admin/payments/*.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { addReceivingAddress, removeReceivingAddress } from "../payments/receiving-addresses";
import { attachTransfer, dismissTransferAsOperator } from "../payments/transfers";
import { resolveFlaggedPayment } from "../payments/flagged-payments";
import { removeBtcXpub, setBtcXpub } from "../payments/btc-xpub";
import { testRailConnection } from "../payments/rail-test";
import {
  addAddressSchema,
  attachTransferSchema,
  dismissTransferSchema,
  resolveFlagSchema,
  setXpubSchema,
} from "../payments/payment-request-schemas";
import { revalidateConsole } from "./revalidate";
import { failed, text, unlessGone, type ActionState } from "./action-state";
import { localeOf } from "./locale";

export async function addAddressAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    await addReceivingAddress(actor, addAddressSchema.parse({ coin: text(form, "coin"), address: text(form, "address") }));
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}

export async function removeAddressAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  await unlessGone(removeReceivingAddress(actor, text(form, "id")));
  redirect(`/${localeOf(form)}/admin/payments?removed=1`);
}

export async function setXpubAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    const { xpub } = setXpubSchema.parse({ xpub: text(form, "xpub") });
    if (xpub !== null) await setBtcXpub(actor, xpub);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}

export async function removeXpubAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  await removeBtcXpub(actor);
  redirect(`/${localeOf(form)}/admin/payments?xpubRemoved=1`);
}

// A handled transfer or flag leaves its list (and its row's form with it): the page says what was done.
export async function attachTransferAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  let answer;
  try {
    const input = attachTransferSchema.parse({ order_no: text(form, "order_no").trim() || undefined });
    answer = await attachTransfer(actor, text(form, "id"), input);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  const done = new URLSearchParams({ attached: answer.order_no, outcome: answer.outcome });
  redirect(`/${localeOf(form)}/admin/payments/transfers?${done}`);
}

export async function dismissTransferAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    const { note } = dismissTransferSchema.parse({ note: text(form, "note") });
    await dismissTransferAsOperator(actor, text(form, "id"), note);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  redirect(`/${localeOf(form)}/admin/payments/transfers?dismissed=1`);
}

export async function resolveFlagAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    const { note } = resolveFlagSchema.parse({ note: text(form, "note") });
    await resolveFlaggedPayment(actor, text(form, "id"), note);
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  redirect(`/${localeOf(form)}/admin/payments/flagged?resolved=1`);
}

/** Changes nothing at the provider or here: the answer is the test's outcome for the form to show. */
export async function testRailAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireAdminActor();
  try {
    const test = await testRailConnection(text(form, "rail"));
    return { ok: true, result: { passed: test.ok ? 1 : 0, message: test.message, ms: test.ms } };
  } catch (error) {
    return failed(error);
  }
}
