import "server-only";
import type { Tx } from "../db";

/**
 * Ends every way a user is signed in: web sessions carry the `sessionVersion` they were
 * issued under and stop working once it moves on, and every API token is revoked. Used by
 * sign-out everywhere, a password change or reset, and an operator disabling the account.
 */
export async function endAllSessions(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** Web sign-out: every web session of the user ends; API tokens (used by programs) keep working. */
export async function endWebSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
