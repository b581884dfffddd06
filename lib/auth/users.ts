import "server-only";
import { z } from "zod";
import { db } from "../db";
import { AppError } from "../api/app-error";
import { isUniqueViolation } from "../db/errors";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password";
import { loginLimiter } from "../ratelimit/limiters";
import { consumeOrThrow } from "../ratelimit/consume";
import { checkAccountAccess } from "./two-factor";

export const credentialsSchema = z.strictObject({
  email: z.email("email must be a valid email address").max(254).transform((email) => email.toLowerCase()),
  password: z.string("password must be a string").min(1, "password is required").max(200),
  totp: z.string("totp must be a string").max(32).optional().describe("two-factor code (or a recovery code) of an account that has two-factor sign-in"),
});

export const registrationSchema = z.strictObject({
  email: credentialsSchema.shape.email,
  password: z.string("password must be a string").min(8, "Password must be at least 8 characters").max(200),
});

export type PublicUser = { id: string; email: string; role: string; balanceFen: bigint; balanceUsdtMicro: bigint };

const publicFields = { id: true, email: true, role: true, balanceFen: true, balanceUsdtMicro: true } as const;

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
 * Checks a password, rate limited per email and per IP (10 failures per 15 minutes each).
 * Every attempt takes its point before the password is checked, and a success gives it
 * back, so concurrent guesses cannot slip past the limit. The same error answers an
 * unknown email and a wrong password.
 */
export async function verifyCredentials(
  input: z.infer<typeof credentialsSchema>,
  ip: string,
): Promise<PublicUser> {
  const keys = [`email:${input.email}`, `ip:${ip}`];
  const taken: string[] = [];
  try {
    for (const key of keys) {
      await consumeOrThrow(loginLimiter(), key);
      taken.push(key);
    }
  } catch (error) {
    // Refused by one limit: the point taken on the other is not a failed login.
    for (const key of taken) await loginLimiter().reward(key, 1);
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...publicFields, passwordHash: true } });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError("invalid_credentials", "Invalid email or password");
  // A missing or wrong second factor keeps the points taken above: it counts as a failed login.
  await checkAccountAccess(user, input.totp);
  for (const key of keys) await loginLimiter().reward(key, 1);
  const { passwordHash: _omit, ...rest } = user;
  return rest;
}
