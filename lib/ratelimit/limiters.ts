// Rate limits are kept in the shared database (rate-limiter-flexible's Prisma store), so
// they hold across every app instance that uses it, on SQLite and PostgreSQL alike.
import { RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "../db";

function limiter(keyPrefix: string, points: number, duration: number) {
  let instance: RateLimiterAbstract | undefined;
  return () =>
    (instance ??= new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration }));
}

/** Published: GET /api/orders/query, at most 3 requests per 60 s from one IP ... */
export const lookupByIpLimiter = limiter("lookup_ip", 3, 60);
/** ... and at most 2 per 60 s for one order number + email pair. */
export const lookupByPairLimiter = limiter("lookup_pair", 2, 60);
/** Failed logins, per email and per IP: 10 per 15 minutes. */
export const loginLimiter = limiter("login_fail", 10, 15 * 60);
/** Password reset requests: 5 per hour from one IP, 3 per hour for one email (known or not). */
export const resetByIpLimiter = limiter("reset_ip", 5, 60 * 60);
export const resetByEmailLimiter = limiter("reset_email", 3, 60 * 60);
