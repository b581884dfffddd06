import "server-only";
// Forgotten passwords: a reset link by mail (the same answer whether the email has an account
// or not, rate limited), which works once and for an hour; only the SHA-256 of its token is
// stored. Setting the new password ends every session and API token of the account.
import type { z } from "zod";
import { db, transaction } from "../db";
import { AppError } from "../api/app-error";
import { hashToken, newToken } from "../crypto/tokens";
import type { Locale } from "../i18n/routing";
import { consumeOrThrow } from "../ratelimit/consume";
import { resetByEmailLimiter, resetByIpLimiter } from "../ratelimit/limiters";
import { enqueuePasswordResetMail } from "../mail/templates/password-reset";
import type { resetPasswordSchema } from "./password-reset-schemas";
import { hashPassword } from "./password";
import { endAllSessions } from "./end-sessions";

export const PASSWORD_RESET_TTL_MINUTES = 60;

/** The one answer to every well-formed request, so it never tells whether an account exists. */
export const RESET_REQUESTED = "If an account exists for that email, a reset link is on its way";

/**
 * Mails a reset link if the email belongs to an active account. Limited per IP and per email
 * before anything is looked up; the link and its mail are written in one transaction.
 */
export async function requestPasswordReset(input: { email: string }, ip: string, locale: Locale, now = new Date()): Promise<void> {
  await consumeOrThrow(resetByIpLimiter(), `ip:${ip}`);
  await consumeOrThrow(resetByEmailLimiter(), `email:${input.email}`);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = newToken("slr");
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
  await transaction(async (tx) => {
    const reset = await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt, createdAt: now } });
    await enqueuePasswordResetMail(tx, {
      resetId: reset.id,
      to: user.email,
      locale,
      token,
      expiresAt,
      ttlMinutes: PASSWORD_RESET_TTL_MINUTES,
    });
  });
}

const invalidLink = () => new AppError("invalid_reset_token", "Invalid or expired reset link");

/** Whether a link still works (the reset page asks before showing its form). Reads only. */
export async function resetLinkIsLive(token: string, now = new Date()): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > now);
}

/**
 * Sets the new password, once: the guarded update that uses the link comes first, so two
 * submits of one link cannot both succeed. Every session and token of the account ends, and
 * every other outstanding link of it stops working.
 */
export async function resetPassword(input: z.infer<typeof resetPasswordSchema>, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashToken(input.token);
  const email = await transaction(async (tx) => {
    const used = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) return null;
    const { userId } = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, disabledAt: true } });
    if (user.disabledAt) return null;
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endAllSessions(tx, userId, now);
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return user.email;
  });
  if (!email) throw invalidLink();
  return { email };
}
