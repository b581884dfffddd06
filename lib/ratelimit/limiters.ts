// Rate limits are kept in the shared database (rate-limiter-flexible's Prisma store), so
// they hold across every app instance that uses it, on SQLite and PostgreSQL alike.
import { RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "../db";

function limiter(keyPrefix: string, points: number, duration: number) {
  let instance: RateLimiterAbstract | undefined;
  return () => (instance ??= new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration }));
}

/** Published: GET /api/orders/query, at most 3 requests per 60 s from one IP ... */
export const lookupByIpLimiter = limiter("lookup_ip", 3, 60);
/** ... and at most 2 per 60 s for one order number + email pair. */
export const lookupByPairLimiter = limiter("lookup_pair", 2, 60);
/** Sign-in attempts (lib/ratelimit/login-attempts.ts): per address, 10 failures per 15 minutes ... */
export const loginByIpLimiter = limiter("login_ip", 10, 15 * 60);
/** ... per address + email, 5 points per 15 minutes (an attempt costs 1, 2 or 5) ... */
export const loginByIpEmailLimiter = limiter("login_ip_email", 5, 15 * 60);
/** ... and per email a count of failures in the last hour (a counter: nothing is refused by it). */
export const loginFailuresByEmail = limiter("login_email_failures", 1_000_000_000, 60 * 60);
/** Registrations (POST /api/auth/register and the web form): 10 attempts per hour per address. */
export const registerByIpLimiter = limiter("register_ip", 10, 60 * 60);
/** Password reset requests: 5 per hour from one IP, 3 per hour for one email (known or not). */
export const resetByIpLimiter = limiter("reset_ip", 5, 60 * 60);
export const resetByEmailLimiter = limiter("reset_email", 3, 60 * 60);
