import "server-only";
// The shop's own sign-in forms (server actions) check credentials with the same services as
// the API, then write the next-auth JWT session cookie themselves: one round trip, the
// translated error for every failure (a rate limit keeps its seconds), and no client-side
// next-auth bundle. getServerSession reads the cookie exactly as if next-auth had set it,
// and checks its session version (lib/auth/auth-options.ts).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { authOptions, cookieIsSecure, SESSION_MAX_AGE_SECONDS, sessionCookieName } from "./auth-options";
import { transaction } from "../db";
import { endWebSessions } from "./end-sessions";

export type SessionUser = { id: string; email: string; role: string };

/** A session for the user, valid until their session version moves on (sign-out, password change). */
export async function startSession(user: SessionUser & { sessionVersion: number }): Promise<void> {
  const value = await encode({
    token: { sub: user.id, email: user.email, role: user.role, sv: user.sessionVersion },
    secret: authOptions.secret!,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookieIsSecure(await headers()),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/**
 * Sign-out: this browser's cookie goes, and every other web session of the user ends with it
 * (a copied cookie stops working too). API tokens are left alone: programs use them.
 */
export async function endSession(): Promise<void> {
  const user = await currentUser();
  if (user) await transaction((tx) => endWebSessions(tx, user.id));
  (await cookies()).delete({ name: sessionCookieName, path: "/", secure: cookieIsSecure(await headers()) });
}

/**
 * This request carries a session cookie, by next-auth's own rule: its session store reads
 * every cookie whose name starts with the session cookie's (a large session is split into
 * `<name>.0`, `<name>.1`...).
 */
export async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((cookie) => cookie.name.startsWith(sessionCookieName));
}

/**
 * The signed-in user, or null. Callers must check for null before filtering by the id.
 * Asked once per page render (React's cache): the header's account links and the product's
 * checkout both ask, and each answer runs next-auth's whole session action. Outside a render
 * (server actions, route handlers) every call asks again.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // Most page views are a visitor's without a session: asked anyway, next-auth makes a CSRF
  // token and runs its whole session action to answer none (0.3-0.4 ms of a page's main
  // thread in a profile of `npm run bench`'s pages).
  if (!(await hasSessionCookie())) return null;
  // The session callbacks answer an ended session (old version, disabled user) with none.
  const session = await getServerSession(authOptions);
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, role: user.role ?? "customer" };
});

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo` (a path of this site). */
export async function requireUser(locale: string, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/${locale}/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return user;
}
