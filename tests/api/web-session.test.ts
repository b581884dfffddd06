// Web sign-in (next-auth credentials, JWT session) reaches the same user as the API login.
import { describe, expect, inject, it } from "vitest";
import { makeUser } from "../support/fixtures";
import { randomIp } from "../support/api";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

async function signIn(email: string, password: string) {
  const base = inject("baseUrl");
  const ip = randomIp();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  jar.push(...cookiesOf(callback));
  const session = await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.join("; ") } });
  return { jar, session: (await session.json()) as { user?: { email?: string; id?: string; role?: string } } };
}

describe("web sign-in", () => {
  it("signs in with email and password and gives a session naming the same user", async () => {
    const user = await makeUser({ role: "customer" });
    const { jar, session } = await signIn(user.email.toUpperCase(), user.password);
    expect(jar.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(true);
    expect(session.user).toMatchObject({ email: user.email, id: user.id, role: "customer" });
  });

  it("gives no session for a wrong password", async () => {
    const user = await makeUser();
    const { jar, session } = await signIn(user.email, "wrong-password");
    expect(jar.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(false);
    expect(session.user).toBeUndefined();
  });
});
