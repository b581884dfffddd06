import "server-only";
import { z } from "zod";
import { db, transaction } from "../db";
import { AppError } from "../api/app-error";
import { hashPassword } from "./password";
import { registrationSchema, verifyCredentials } from "./users";
import { endAllSessions } from "./end-sessions";

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string("currentPassword must be a string").min(1, "currentPassword is required").max(200),
  newPassword: registrationSchema.shape.password,
});

export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/**
 * Sets a new password and ends every web session and API token of the user, in one
 * transaction. Also the last step of a password reset (which proves the owner another way).
 */
export async function replacePassword(userId: string, newPassword: string): Promise<{ sessionVersion: number }> {
  const passwordHash = await hashPassword(newPassword);
  return transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endAllSessions(tx, userId);
    return tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  });
}

/**
 * A signed-in user changes their password: the current one is checked like a sign-in (the
 * same failed-login limits, so a stolen session cannot guess it faster), then replacePassword.
 */
export async function changePassword(userId: string, input: PasswordChange, ip: string): Promise<{ sessionVersion: number }> {
  const { email } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  try {
    await verifyCredentials({ email, password: input.currentPassword }, ip);
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_credentials") {
      throw new AppError("invalid_credentials", "Current password is incorrect");
    }
    throw error;
  }
  return replacePassword(userId, input.newPassword);
}
