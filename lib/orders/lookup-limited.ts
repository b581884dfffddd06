import "server-only";
import { errors } from "../api/app-error";
import { consumeOrThrow } from "../ratelimit/consume";
import { lookupByIpLimiter, lookupByPairLimiter } from "../ratelimit/limiters";
import { lookupOrder } from "./order-views";

/** The order lookup with the published limits: 3 per 60 s per IP, 2 per 60 s per number + email. */
export async function lookupOrderLimited(orderNo: string | null, email: string | null, ip: string) {
  if (!orderNo?.trim() || !email?.trim()) throw errors.lookupParams();
  if (orderNo.length > 64 || email.length > 254) throw errors.orderNotFound();
  await consumeOrThrow(lookupByIpLimiter(), ip);
  await consumeOrThrow(lookupByPairLimiter(), `${orderNo.trim().toUpperCase()}|${email.trim().toLowerCase()}`);
  return lookupOrder(orderNo, email);
}
