// The fuzz's own accounts and records: a customer and an operator, each with a bearer token
// and a signed-in web session (the operator's with two-factor, as the console requires), and a
// coupon, a category and a product whose code and slugs the refused create bases reuse.
// Shared by `npm run fuzz` and its sample in `npm test`.
import { randomBytes, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { db } from "../../lib/db";
import { registerUser } from "../../lib/auth/users";
import { issueApiToken } from "../../lib/auth/api-tokens";
import { confirmEnrolment, pendingEnrolment } from "../../lib/auth/two-factor";
import type { FuzzContext } from "./cases";

const randomIp = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

function totpCode(secret: string, offset = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  return totp.generate({ timestamp: Date.now() + offset * 30_000 });
}

/** Signs in through next-auth's credentials callback, as the sign-in forms do; answers the Cookie header. */
async function webSignIn(baseUrl: string, email: string, password: string, totp?: string): Promise<string> {
  const ip = randomIp();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password, ...(totp ? { totp } : {}), json: "true" }),
  });
  const session = [...jar, ...cookiesOf(callback)].filter((cookie) => cookie.includes("session-token="));
  if (!session.length) throw new Error(`fuzz: the web sign-in of ${email} set no session cookie (${callback.status})`);
  return session.join("; ");
}

async function account(baseUrl: string, role: "customer" | "admin") {
  const password = randomBytes(12).toString("hex");
  const user = await registerUser({ email: `fuzz-${role}-${randomBytes(4).toString("hex")}@example.com`, password }, role);
  const { token } = await issueApiToken(user.id, "fuzz");
  let code: string | undefined;
  if (role === "admin") {
    // Enrolled with the previous step's code, so the current one is still unspent for the sign-in.
    const { secret } = (await pendingEnrolment(user.id))!;
    if (!(await confirmEnrolment(user.id, totpCode(secret, -1)))) throw new Error("fuzz: two-factor enrolment refused its own code");
    code = totpCode(secret);
  }
  return { id: user.id, email: user.email, token, cookie: await webSignIn(baseUrl, user.email, password, code) };
}

export async function fuzzContext(baseUrl: string, actions: FuzzContext["actions"]): Promise<FuzzContext> {
  const customer = await account(baseUrl, "customer");
  const operator = await account(baseUrl, "admin");
  const tag = randomBytes(4).toString("hex");
  const category = await db.category.create({ data: { slug: `fuzz-${tag}`, nameZh: "模糊", nameEn: "Fuzz" } });
  const coupon = await db.coupon.create({ data: { code: `FUZZ${tag.toUpperCase()}`, kind: "percent", value: 10 } });
  const product = await db.product.create({
    data: { slug: `fuzz-${tag}`, nameZh: "模糊", nameEn: "Fuzz", priceFen: 100, listed: false, categoryId: category.id },
  });
  return {
    userToken: customer.token,
    adminToken: operator.token,
    takenEmail: customer.email,
    actions,
    userCookie: customer.cookie,
    adminCookie: operator.cookie,
    taken: { couponCode: coupon.code, categorySlug: category.slug, productSlug: product.slug },
  };
}

/**
 * Whether the fuzz's tokens and sessions still work: no case may sign them out, end their
 * sessions or disable their accounts. Answers what no longer works.
 */
export async function deadCredentials(baseUrl: string, context: FuzzContext): Promise<string[]> {
  const dead: string[] = [];
  const get = (path: string, headers: Record<string, string>) =>
    fetch(baseUrl + path, { headers: { "x-forwarded-for": randomIp(), ...headers } });
  // A live token gets 404 for a top-up that does not exist, a dead one 401.
  if ((await get("/api/topups/00000000-0000-4000-8000-000000000000", { authorization: `Bearer ${context.userToken}` })).status !== 404)
    dead.push("the customer's bearer token");
  if ((await get("/api/admin/settings", { authorization: `Bearer ${context.adminToken}` })).status !== 200)
    dead.push("the operator's bearer token");
  const session = (await (await get("/api/auth/session", { cookie: context.userCookie })).json()) as { user?: { email?: string } };
  if (session.user?.email !== context.takenEmail) dead.push("the customer's session cookie");
  if ((await get("/api/admin/settings", { cookie: context.adminCookie })).status !== 200) dead.push("the operator's session cookie");
  return dead;
}
