import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { errors } from "../api/app-error";

/** Takes one point or throws the contract's 429 with the seconds until the window resets. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw errors.tooManyRequests(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}
