import "server-only";
import { hkdfSync } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { masterKey } from "../crypto/master-key";
import { credentialsSchema, verifyCredentials } from "./users";
import { clientIp } from "../api/client-ip";

// Without NEXTAUTH_SECRET the session secret is derived from the data key, so the embedded
// mode needs no configuration and sessions survive restarts.
function sessionSecret(): string {
  return process.env.NEXTAUTH_SECRET ?? Buffer.from(hkdfSync("sha256", masterKey(), Buffer.alloc(0), "stockline/session", 32)).toString("base64url");
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Named here rather than left to next-auth's guess, because the web forms (lib/auth/web-session.ts)
// write the same cookie and must agree on its name and flags.
export const secureSessionCookie = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
export const sessionCookieName = `${secureSessionCookie ? "__Secure-" : ""}next-auth.session-token`;

/** Web sign-in: the same credentials check as POST /api/auth/login, JWT sessions. */
export const authOptions: NextAuthOptions = {
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureSessionCookie,
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" }, totp: { label: "Code", type: "text" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse({ email: credentials?.email, password: credentials?.password, totp: credentials?.totp || undefined });
        if (!parsed.success) return null;
        try {
          const user = await verifyCredentials(parsed.data, clientIp(new Headers(req.headers as Record<string, string>)));
          return { id: user.id, email: user.email, role: user.role };
        } catch {
          return null;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role ?? "customer";
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, role: token.role } };
    },
  },
};
