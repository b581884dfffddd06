import "server-only";
import { hkdfSync } from "node:crypto";
import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { masterKey } from "../crypto/master-key";
import { credentialsSchema, verifyCredentials } from "./users";
import { clientIp } from "../api/client-ip";
import { sessionStillValid } from "./session-version";
import { transaction } from "../db";
import { endWebSessions } from "./end-sessions";
import { env } from "../env";

// Without NEXTAUTH_SECRET the session secret is derived from the data key, so the embedded
// mode needs no configuration and sessions survive restarts.
function sessionSecret(): string {
  return (
    env.NEXTAUTH_SECRET ?? Buffer.from(hkdfSync("sha256", masterKey(), Buffer.alloc(0), "stockline/session", 32)).toString("base64url")
  );
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Named here rather than left to next-auth's guess, because the web forms (lib/auth/web-session.ts)
// write the same cookie and must agree on its name and flags.
export const secureSessionCookie = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
export const sessionCookieName = `${secureSessionCookie ? "__Secure-" : ""}next-auth.session-token`;

/**
 * The session cookie is Secure when NEXTAUTH_URL says https, and also when this request came
 * over HTTPS to a TLS-terminating proxy (X-Forwarded-Proto, which our HTTP server believes
 * only from a trusted hop: TRUST_PROXY_HOPS).
 */
export function cookieIsSecure(headers: Headers): boolean {
  return secureSessionCookie || headers.get("x-forwarded-proto") === "https";
}

const sessionCookie = (secure: boolean) => ({
  sessionToken: { name: sessionCookieName, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure } },
});

type VersionedToken = { sub?: string; role?: string; sv?: number };

/** Web sign-in: the same credentials check as POST /api/auth/login, JWT sessions. */
export const authOptions: NextAuthOptions = {
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureSessionCookie,
  cookies: sessionCookie(secureSessionCookie),
  // next-auth's own pages are not served (app/api/auth/[...nextauth]/route.ts); its redirects go to the shop's.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        totp: { label: "Code", type: "text" },
      },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse({
          email: credentials?.email,
          password: credentials?.password,
          totp: credentials?.totp || undefined,
        });
        if (!parsed.success) return null;
        try {
          const user = await verifyCredentials(parsed.data, clientIp(new Headers(req.headers as Record<string, string>)));
          return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
        } catch {
          return null;
        }
      },
    }),
  ],
  callbacks: {
    // Every read of a session comes through here (getServerSession, /api/auth/session): a
    // session whose version the user has moved past, or of a disabled user, is no session.
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { role?: string; sessionVersion?: number };
        return { ...token, role: signedIn.role ?? "customer", sv: signedIn.sessionVersion ?? 0 };
      }
      const { sub, sv } = token as VersionedToken;
      if (!sub || !(await sessionStillValid(sub, sv ?? 0))) return {};
      return token;
    },
    session({ session, token }) {
      if (!token.sub) return {} as Session;
      return { ...session, user: { ...session.user, id: token.sub, role: (token as VersionedToken).role } };
    },
  },
  events: {
    // next-auth's own sign-out (POST /api/auth/signout) ends every web session of the user, as the shop's does.
    async signOut({ token }) {
      const userId = (token as VersionedToken | null)?.sub;
      if (userId) await transaction((tx) => endWebSessions(tx, userId));
    },
  },
};

/** The options for one request to next-auth's routes: the session cookie's Secure flag follows the request. */
export function authOptionsFor(headers: Headers): NextAuthOptions {
  const secure = cookieIsSecure(headers);
  return { ...authOptions, useSecureCookies: secure, cookies: sessionCookie(secure) };
}
