import "server-only";
// An operator's own two-factor set-up in the console: enrolment, and new recovery codes after a
// current code proved the authenticator. Each writes its audit entry in the transaction of the
// change itself, so neither commits without the other.
import { transaction } from "../db";
import { confirmEnrolment } from "../auth/two-factor";
import { replaceRecoveryCodes } from "../auth/recovery-codes";
import { recordAudit } from "./audit";
import type { Actor } from "./actor";

/** Completes enrolment with the first code from the app: the recovery codes (shown once), or null for a wrong code. */
export async function enrolOperator(actor: Actor, code: string): Promise<string[] | null> {
  let recoveryCodes: string[] | null = null;
  await confirmEnrolment(actor.id, code, async (tx) => {
    recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(tx, actor, { action: "user.two_factor_enable", entityType: "user", entityId: actor.id, after: { two_factor: true } });
  });
  return recoveryCodes;
}

/** New recovery codes (the old ones stop working); the caller has checked a current code. */
export function renewOperatorRecoveryCodes(actor: Actor): Promise<string[]> {
  return transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    // How many, never the codes: they exist in clear only on the operator's screen.
    await recordAudit(tx, actor, {
      action: "user.recovery_codes_renew",
      entityType: "user",
      entityId: actor.id,
      after: { recovery_codes: recoveryCodes.length },
    });
    return recoveryCodes;
  });
}
