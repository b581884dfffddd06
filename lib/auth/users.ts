import "server-only";
import { z } from "zod";
import { db } from "../db";
import { AppError } from "../api/app-error";
import { isUniqueViolation } from "../db/errors";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password";
import { registerByIpLimiter } from "../ratelimit/limiters";
import { consumeOrThrow } from "../ratelimit/consume";
import { beginLoginAttempt } from "../ratelimit/login-attempts";
import { checkAccountAccess } from "./two-factor";

export const credentialsSchema = z.strictObject({
  email: z
    .email("email must be a valid email address")
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: z.string("password must be a string").min(1, "password is required").max(200),
  totp: z
    .string("totp must be a string")
    .max(32)
    .optional()
    .describe("two-factor code (or a recovery code) of an account that has two-factor sign-in"),
});

export const registrationSchema = z.strictObject({
  email: credentialsSchema.shape.email,
  password: z.string("password must be a string").min(8, "Password must be at least 8 characters").max(200),
});

export type PublicUser = { id: string; email: string; role: string; balanceFen: bigint; balanceUsdtMicro: bigint; sessionVersion: number };

const publicFields = { id: true, email: true, role: true, balanceFen: true, balanceUsdtMicro: true, sessionVersion: true } as const;

export async function registerUser(input: z.infer<typeof registrationSchema>, role = "customer"): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { email: input.email, passwordHash, role }, select: publicFields });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("email_taken", "Email already registered");
    throw error;
  }
}

/**
 * A shopper signing up from `ip` (the API and the web form): at most 10 attempts per hour
 * per address, which also bounds how fast "Email already registered" can be probed.
 */
export async function registerShopper(input: z.infer<typeof registrationSchema>, ip: string): Promise<PublicUser> {
  await consumeOrThrow(registerByIpLimiter(), ip);
  return registerUser(input);
}

/**
 * Checks a password under the sign-in limits (lib/ratelimit/login-attempts.ts: per address,
 * per address + email, and a per-email pressure that shrinks each address's share but never
 * locks the owner out). The same error answers an unknown email and a wrong password.
 */
export async function verifyCredentials(input: z.infer<typeof credentialsSchema>, ip: string): Promise<PublicUser> {
  const attempt = await beginLoginAttempt(input.email, ip);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { ...publicFields, passwordHash: true, disabledAt: true },
  });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    await attempt.failed();
    throw new AppError("invalid_credentials", "Invalid email or password");
  }
  // Said only to someone who knows the password: it reveals nothing to a guesser.
  if (user.disabledAt) {
    await attempt.succeeded();
    throw new AppError("account_disabled", "Account disabled");
  }
  try {
    await checkAccountAccess(user, input.totp);
  } catch (error) {
    // A missing or wrong second factor counts as a failed sign-in (a guessed code is a guess).
    if (error instanceof AppError && (error.code === "totp_required" || error.code === "totp_invalid")) await attempt.failed();
    throw error;
  }
  await attempt.succeeded();
  const { passwordHash: _hash, disabledAt: _disabled, ...rest } = user;
  return rest;
}
