// Operators for the admin tests: an admin account with a bearer token, optionally enrolled
// in two-factor sign-in through the shop's own enrolment service, and its codes.
import { inject } from "vitest";
import { Secret, TOTP } from "otpauth";
import { confirmEnrolment, pendingEnrolment } from "@/lib/auth/two-factor";
import { issueRecoveryCodes } from "@/lib/auth/recovery-codes";
import { db, makeUser } from "./fixtures";
import { randomIp } from "./api";

export async function makeAdmin() {
  return makeUser({ role: "admin" });
}

/** A TOTP code of `secret` for the time step `offset` steps from now. */
export function totpCode(secret: string, offset = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  return totp.generate({ timestamp: Date.now() + offset * 30_000 });
}

/** Enrols the user in two-factor sign-in; the first code is spent on the enrolment (one step back, so the current one stays usable). */
export async function enrolTwoFactor(userId: string) {
  const enrolment = (await pendingEnrolment(userId))!;
  if (!(await confirmEnrolment(userId, totpCode(enrolment.secret, -1)))) throw new Error("enrolment refused its own code");
  const recoveryCodes = await issueRecoveryCodes(userId);
  return { secret: enrolment.secret, recoveryCodes };
}

export function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** Signs in through next-auth's credentials callback (with a code when given) and returns the cookie jar; on the suite's shop unless `base` names another. */
export async function webSignIn(email: string, password: string, totp?: string, base: string = inject("baseUrl")): Promise<string[]> {
  const ip = randomIp();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password, ...(totp ? { totp } : {}), json: "true" }),
  });
  return [...jar, ...cookiesOf(callback)];
}

export const auditCount = () => db.auditEntry.count();
