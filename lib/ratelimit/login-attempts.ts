import "server-only";
// Password guessing limits, shared by every sign-in path (POST /api/auth/login, the web
// forms, next-auth's credentials callback, the current-password check of a password change).
//
// - Per address: 10 failed attempts per 15 minutes, whatever the email.
// - Per address + email: 5 per 15 minutes while the email is quiet. Once the email has
//   collected 10 failures within an hour (from anywhere), each attempt at it costs an
//   address 2 of those 5 points, and from 50 failures all 5: one attempt per address per
//   15 minutes.
// - Per email there is no wall: a fresh address always gets its first attempt, so a stranger
//   with any number of addresses cannot lock the owner out; the more they fail, the fewer
//   guesses each of their addresses gets.
// Every attempt takes its points before the password is checked (concurrent guesses cannot
// slip past a limit) and a success gives them back.
import { RateLimiterRes } from "rate-limiter-flexible";
import { consumeOrThrow } from "./consume";
import { loginByIpEmailLimiter, loginByIpLimiter, loginFailuresByEmail } from "./limiters";

/** What one attempt at `email` costs an address, from the email's failures in the last hour. */
export function attemptCost(recentFailures: number): number {
  if (recentFailures >= 50) return 5;
  if (recentFailures >= 10) return 2;
  return 1;
}

export type LoginAttempt = { succeeded(): Promise<void>; failed(): Promise<void> };

/** Takes the attempt's points (or throws the contract's 429); report how it went. */
export async function beginLoginAttempt(email: string, ip: string): Promise<LoginAttempt> {
  const failures = (await loginFailuresByEmail().get(email))?.consumedPoints ?? 0;
  const takes = [
    { limiter: loginByIpLimiter(), key: ip, points: 1 },
    { limiter: loginByIpEmailLimiter(), key: `${ip}|${email}`, points: attemptCost(failures) },
  ];
  const taken: typeof takes = [];
  try {
    for (const take of takes) {
      await consumeOrThrow(take.limiter, take.key, take.points);
      taken.push(take);
    }
  } catch (error) {
    // Refused by one limit: the points taken on the others are not a failed attempt.
    for (const take of taken) await take.limiter.reward(take.key, take.points);
    throw error;
  }
  return {
    async succeeded() {
      for (const take of takes) await take.limiter.reward(take.key, take.points);
    },
    async failed() {
      // A counter, never a refusal: its "limit" is out of reach.
      await loginFailuresByEmail()
        .consume(email)
        .catch((error: unknown) => {
          if (!(error instanceof RateLimiterRes)) throw error;
        });
    },
  };
}
