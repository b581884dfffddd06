import "server-only";
// The shop's own sign-in forms (server actions) check credentials with the same services as
// the API, then write the next-auth JWT session cookie themselves: one round trip, the
// translated error for every failure (a rate limit keeps its seconds), and no client-side
// next-auth bundle. getServerSession reads the cookie exactly as if next-auth had set it.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { authOptions, SESSION_MAX_AGE_SECONDS, secureSessionCookie, sessionCookieName } from "./auth-options";

export type SessionUser = { id: string; email: string; role: string };

export async function startSession(user: SessionUser): Promise<void> {
  const value = await encode({
    token: { sub: user.id, email: user.email, role: user.role },
    secret: authOptions.secret!,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureSessionCookie,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete({ name: sessionCookieName, path: "/", secure: secureSessionCookie });
}

/** The signed-in user, or null. Callers must check for null before filtering by the id. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, role: user.role ?? "customer" };
}

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo` (a path of this site). */
export async function requireUser(locale: string, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/${locale}/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return user;
}
