import "server-only";
import { db } from "../db";

/**
 * Whether a web session issued under `version` still holds: the user exists, is not
 * disabled, and has not signed out everywhere, changed the password or been signed out by
 * the operator since (each bumps users.sessionVersion). Read on every session read.
 */
export async function sessionStillValid(userId: string, version: number): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, disabledAt: true } });
  return !!user && !user.disabledAt && user.sessionVersion === version;
}
