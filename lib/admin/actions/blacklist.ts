"use server";
// The console's blacklist forms, over the services behind /api/admin/blacklist.
import { redirect } from "next/navigation";
import { requireAdminActor } from "../../auth/admin-session";
import { addBlacklistEntry, removeBlacklistEntry } from "../blacklist";
import { createBlacklistEntrySchema } from "../../blacklist/blacklist-schemas";
import { revalidateConsole } from "./revalidate";
import { failed, text, type ActionState } from "./action-state";
import { localeOf } from "./locale";

export async function addBlacklistAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdminActor();
  try {
    await addBlacklistEntry(
      actor,
      createBlacklistEntrySchema.parse({ kind: text(form, "kind"), value: text(form, "value"), note: text(form, "note") }),
    );
  } catch (error) {
    return failed(error);
  }
  revalidateConsole();
  return { ok: true };
}

export async function removeBlacklistAction(form: FormData): Promise<void> {
  const actor = await requireAdminActor();
  await removeBlacklistEntry(actor, text(form, "id")).catch((error: unknown) => {
    // Already removed (a second click, another operator): the list shows the outcome either way.
    if (!(error instanceof Error && error.message === "Blacklist entry not found")) throw error;
  });
  redirect(`/${localeOf(form)}/admin/blacklist?removed=1`);
}
