import "server-only";
// Operators reach the console (pages, server actions) and /api/admin/* with their web
// session as well as with bearer tokens. The session's claims are not trusted for the role:
// every check reads the account, so a demoted or disabled operator loses access at once.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { db } from "../db";
import { authOptions, sessionCookieName } from "./auth-options";
import { currentUser } from "./web-session";
import { clientIp } from "../api/client-ip";
import { errors } from "../api/app-error";
import type { AuthedUser } from "./api-tokens";
import type { Actor } from "../admin/actor";

type AdminCheck = { user: AuthedUser; twoFactor: boolean } | "not_admin" | null;

/** `sessionVersion`, when given, must still be the user's: a session from before a sign-out everywhere, a password change or reset is no session. */
async function checkAdmin(userId: string, sessionVersion?: number): Promise<AdminCheck> {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true, totpEnabledAt: true, sessionVersion: true },
  });
  if (!row || row.disabledAt) return null;
  if (sessionVersion !== undefined && row.sessionVersion !== sessionVersion) return null;
  if (row.role !== "admin") return "not_admin";
  return { user: { id: row.id, email: row.email, role: row.role }, twoFactor: Boolean(row.totpEnabledAt) };
}

/**
 * /api/admin/* without a bearer token: the session cookie, if it holds an operator who has
 * two-factor set up. A write must come from this site (Origin or Sec-Fetch-Site), so another
 * site cannot make the operator's browser send one.
 */
export async function adminFromSessionCookie(req: Request): Promise<AuthedUser | "not_admin" | null> {
  const cookie = (req.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${sessionCookieName}=`));
  if (!cookie) return null;
  const token = await decode({ token: decodeURIComponent(cookie.slice(sessionCookieName.length + 1)), secret: authOptions.secret! }).catch(
    () => null,
  );
  if (!token?.sub) return null;
  // The cookie is read here without next-auth's jwt callback, so its version is checked here.
  const check = await checkAdmin(token.sub, typeof token.sv === "number" ? token.sv : 0);
  if (check === null || check === "not_admin") return check;
  if (!check.twoFactor) return "not_admin";
  if (!["GET", "HEAD"].includes(req.method) && !sameOrigin(req)) throw errors.forbidden("Cross-site request refused");
  return check.user;
}

function sameOrigin(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = req.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host === (req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
  } catch {
    return false;
  }
}

/**
 * Console pages: the signed-in operator, or a redirect to the console's sign-in; a signed-in
 * non-operator gets a 403. Until two-factor is set up, every console page leads to its set-up.
 */
export async function requireConsoleAdmin(locale: string, options: { allowWithoutTwoFactor?: boolean } = {}): Promise<AuthedUser> {
  const session = await currentUser();
  if (!session) redirect(`/${locale}/admin/sign-in`);
  const check = await checkAdmin(session.id);
  if (check === null) redirect(`/${locale}/admin/sign-in`);
  if (check === "not_admin") forbidden();
  if (!check.twoFactor && !options.allowWithoutTwoFactor) redirect(`/${locale}/admin/two-factor`);
  return check.user;
}

/** Console server actions: the operator as an actor for the audit log, or a 403 for anyone else. */
export async function requireAdminActor(options: { allowWithoutTwoFactor?: boolean } = {}): Promise<Actor> {
  const session = await currentUser();
  const check = session ? await checkAdmin(session.id) : null;
  if (check === null || check === "not_admin" || (!check.twoFactor && !options.allowWithoutTwoFactor)) forbidden();
  return { id: check.user.id, email: check.user.email, ip: clientIp(await headers()) };
}
