import "server-only";
// TOTP two-factor sign-in for operators (RFC 6238, 6 digits, 30 s, via the otpauth library).
// The secret is sealed at rest with the shop's key; each accepted code's time step is stored
// by a guarded update, so one code cannot be used twice, even by two requests at once.
import { Secret, TOTP } from "otpauth";
import { db, transaction, type Tx } from "../db";
import { AppError } from "../api/app-error";
import { decrypt, encrypt } from "../crypto/secret-box";
import { consumeRecoveryCode } from "./recovery-codes";

const PERIOD_SECONDS = 30;
const ISSUER = "Stockline";

export const totpErrors = {
  required: () => new AppError("totp_required", "Two-factor code required"),
  invalid: () => new AppError("totp_invalid", "Invalid two-factor code"),
};

function totpFor(email: string, secret: Secret): TOTP {
  return new TOTP({ issuer: ISSUER, label: email, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret });
}

/** The time step a code belongs to, or null: the current step and one either side are accepted (clock drift). */
function matchingStep(totp: TOTP, code: string, now = Date.now()): number | null {
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** Takes the step for this user unless it (or a later one) was already used: the replay guard. */
async function claimStep(userId: string, step: number): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

export type TwoFactorStatus = { enabled: boolean };

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return { enabled: Boolean(user?.totpEnabledAt) };
}

/**
 * The last step of every sign-in path (POST /api/auth/login, the web forms, next-auth's
 * callback), once the password is right: a disabled account is refused, and an account
 * with two-factor needs `code`, a current TOTP code or an unused recovery code. Missing and
 * wrong codes are told apart.
 */
export async function checkAccountAccess(user: { id: string }, code: string | undefined): Promise<void> {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { email: true, disabledAt: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!row || row.disabledAt) throw new AppError("forbidden", "Account disabled");
  if (!row.totpEnabledAt || !row.totpSecret) return;
  const given = (code ?? "").replace(/\s+/g, "");
  if (!given) throw totpErrors.required();
  if (/^\d{6}$/.test(given)) {
    const step = matchingStep(totpFor(row.email, Secret.fromBase32(decrypt(row.totpSecret))), given);
    if (step !== null && (await claimStep(user.id, step))) return;
    throw totpErrors.invalid();
  }
  if (await consumeRecoveryCode(user.id, given)) return;
  throw totpErrors.invalid();
}

export type Enrolment = { secret: string; uri: string };

/**
 * Starts (or resumes) enrolment: a new secret is kept sealed but not yet in force, so reloading
 * the page shows the same QR code. An account that already has two-factor gets nothing new.
 */
export async function pendingEnrolment(userId: string): Promise<Enrolment | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) return null;
  let base32 = user.totpSecret ? decrypt(user.totpSecret) : undefined;
  if (!base32) {
    base32 = new Secret({ size: 20 }).base32;
    await db.user.update({ where: { id: userId }, data: { totpSecret: encrypt(base32) } });
  }
  return { secret: base32, uri: totpFor(user.email, Secret.fromBase32(base32)).toString() };
}

/**
 * Completes enrolment with a first code from the app; answers false for a wrong code.
 * `withEnrolment` runs in the enrolment's transaction, only when it is the one that enrolled.
 */
export async function confirmEnrolment(userId: string, code: string, withEnrolment?: (tx: Tx) => Promise<void>): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt || !user.totpSecret) return false;
  const step = matchingStep(totpFor(user.email, Secret.fromBase32(decrypt(user.totpSecret))), code.replace(/\s+/g, ""));
  if (step === null) return false;
  return transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (count === 1) await withEnrolment?.(tx);
    return count === 1;
  });
}

/** Turns two-factor off (the operator resets a colleague's lost authenticator): enrolment starts over. */
export async function resetTwoFactor(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}
