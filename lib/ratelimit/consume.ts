import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { errors } from "../api/app-error";

/** Takes `points` (one by default) or throws the contract's 429 with the seconds until the window resets. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw errors.tooManyRequests(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}
