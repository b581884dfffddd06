// Web sign-in (next-auth credentials, JWT session) reaches the same user as the API login,
// and a session ends: sign-out (everywhere), a password change and a disabled account end
// it, even for a copy of the cookie kept from before.
import { describe, expect, inject, it } from "vitest";
import { db, makeUser } from "../support/fixtures";
import { api, randomIp } from "../support/api";
import { serverActionId } from "../support/server-actions";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  const base = inject("baseUrl");
  const ip = randomIp();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip, ...headers } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": ip, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  jar.push(...cookiesOf(callback));
  return { jar, setCookies: callback.headers.getSetCookie(), session: await sessionOf(jar) };
}

async function sessionOf(jar: string[]) {
  const session = await fetch(`${inject("baseUrl")}/api/auth/session`, { headers: { cookie: jar.join("; ") } });
  return (await session.json()) as { user?: { email?: string; id?: string; role?: string } };
}

/** The account page: 200 with a live session, a redirect to sign-in without one. */
async function accountPage(jar: string[]) {
  const response = await fetch(`${inject("baseUrl")}/en/account`, { headers: { cookie: jar.join("; ") }, redirect: "manual" });
  return response.status;
}

/** The header's sign-out button, called the way the browser calls the server action. */
async function signOutAction(jar: string[]) {
  const form = new FormData();
  form.append("0", '["$K1"]');
  form.append("1_locale", "en");
  const response = await fetch(`${inject("baseUrl")}/en/account`, {
    method: "POST",
    headers: {
      cookie: jar.join("; "),
      "next-action": serverActionId("signOutAction"),
      origin: inject("baseUrl"),
      "x-forwarded-for": randomIp(),
    },
    body: form,
    redirect: "manual",
  });
  expect(response.status).toBeLessThan(400);
}

describe("web sign-in", () => {
  it("signs in with email and password and gives a session naming the same user", async () => {
    const user = await makeUser({ role: "customer" });
    const { jar, session } = await signIn(user.email.toUpperCase(), user.password);
    expect(jar.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(true);
    expect(session.user).toMatchObject({ email: user.email, id: user.id, role: "customer" });
    expect(await accountPage(jar)).toBe(200);
  });

  it("gives no session for a wrong password", async () => {
    const user = await makeUser();
    const { jar, session } = await signIn(user.email, "wrong-password");
    expect(jar.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(false);
    expect(session.user).toBeUndefined();
  });

  it("marks the session cookie Secure behind a TLS-terminating proxy that says so, and only then", async () => {
    const user = await makeUser();
    const viaTls = await signIn(user.email, user.password, { "x-forwarded-proto": "https" });
    expect(viaTls.setCookies.find((cookie) => cookie.includes("session-token"))).toMatch(/;\s*Secure/i);
    // The client claimed https; the trusted proxy appended what it saw.
    const claimed = await signIn(user.email, user.password, { "x-forwarded-proto": "https, http" });
    expect(claimed.setCookies.find((cookie) => cookie.includes("session-token"))).not.toMatch(/;\s*Secure/i);
  });
});

describe("sessions that end", () => {
  it("sign-out ends every web session of the user, a kept copy of the cookie included; API tokens keep working", async () => {
    const user = await makeUser();
    const first = await signIn(user.email, user.password);
    const second = await signIn(user.email, user.password);
    expect(await accountPage(first.jar)).toBe(200);
    await signOutAction(first.jar);
    for (const jar of [first.jar, second.jar]) {
      expect((await sessionOf(jar)).user).toBeUndefined();
      expect(await accountPage(jar)).toBe(307);
    }
    expect((await api("/api/auth/logout", { method: "POST", token: user.token })).status).toBe(200);
  });

  it("next-auth's own sign-out ends the session as well", async () => {
    const user = await makeUser();
    const { jar } = await signIn(user.email, user.password);
    const kept = [...jar];
    const base = inject("baseUrl");
    const { csrfToken } = (await (await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar.join("; ") } })).json()) as {
      csrfToken: string;
    };
    const out = await fetch(`${base}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    expect(out.status).toBeLessThan(400);
    expect((await sessionOf(kept)).user).toBeUndefined();
  });

  it("a password change ends every session and token, and the new password signs in", async () => {
    const user = await makeUser();
    const { jar } = await signIn(user.email, user.password);
    const wrong = await api("/api/auth/change-password", {
      json: { currentPassword: "not-it", newPassword: "new-password-1" },
      token: user.token,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ success: false, error: "Current password is incorrect" });
    expect((await sessionOf(jar)).user?.id).toBe(user.id);

    const changed = await api("/api/auth/change-password", {
      json: { currentPassword: user.password, newPassword: "new-password-1" },
      token: user.token,
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("cache-control")).toMatch(/^no-store(, no-transform)?$/);
    expect((await sessionOf(jar)).user).toBeUndefined();
    expect((await api("/api/auth/logout", { method: "POST", token: user.token })).status).toBe(401);
    expect((await api("/api/auth/logout", { method: "POST", token: changed.body.token })).status).toBe(200);
    expect((await api("/api/auth/login", { json: { email: user.email, password: user.password } })).status).toBe(401);
    expect((await api("/api/auth/login", { json: { email: user.email, password: "new-password-1" } })).status).toBe(200);
  });

  it("an operator disabling the account ends its web sessions, and sign-in is refused", async () => {
    const user = await makeUser();
    const { jar } = await signIn(user.email, user.password);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await sessionOf(jar)).user).toBeUndefined();
    expect(await accountPage(jar)).toBe(307);
    const again = await signIn(user.email, user.password);
    expect(again.session.user).toBeUndefined();
    const login = await api("/api/auth/login", { json: { email: user.email, password: user.password } });
    expect(login.status).toBe(403);
    expect(login.body).toMatchObject({ success: false, error: "Account disabled" });
    // A wrong password still gets the same answer as for anyone else.
    expect((await api("/api/auth/login", { json: { email: user.email, password: "wrong" } })).status).toBe(401);
  });
});
