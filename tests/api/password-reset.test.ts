// Password reset through the API: the link arrives by mail at a real SMTP server (tests/fakes/smtp.ts),
// works once and for an hour, and the new password ends every session and API token.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, randomIp } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { startServer, type RunningServer } from "../support/server";
import { FakeSmtp, type ReceivedMail } from "../fakes/smtp";
import { MAIL_SENDER, mailServerEnv, mailTo } from "../support/mail";
import { messageSchema } from "@/lib/api/notification-schemas";

const smtp = new FakeSmtp({ sender: MAIL_SENDER });
let server: RunningServer;
let base: string;

beforeAll(async () => {
  await smtp.start();
  server = await startServer((baseUrl) => mailServerEnv(smtp, baseUrl));
  base = server.baseUrl;
});
afterAll(async () => {
  await server?.stop();
  await smtp.stop();
  expect(server.log()).not.toMatch(/unhandled error/);
});

const to = (address: string) => (mail: ReceivedMail) => mail.to.includes(address);
const forgot = (json: unknown, headers: Record<string, string> = {}, ip = randomIp()) =>
  api("/api/auth/forgot-password", { base, json, headers, ip });
const reset = (token: string, password: string) => api("/api/auth/reset-password", { base, json: { token, password } });
const login = (email: string, password: string) => api("/api/auth/login", { base, json: { email, password } });

async function linkFor(email: string, nth = 1): Promise<{ mail: ReceivedMail; url: URL; token: string }> {
  const mail = (await mailTo(smtp, email, nth))[nth - 1]!;
  const url = new URL(/https?:\/\/\S+reset-password\?token=\S+/.exec(mail.text)![0]);
  return { mail, url, token: url.searchParams.get("token")! };
}

const ANSWER = { success: true, message: "If an account exists for that email, a reset link is on its way" };

describe("POST /api/auth/forgot-password", () => {
  it("mails a link in the request's language, stores only its hash, and answers the same for an unknown email", async () => {
    const user = await makeUser();
    const known = await forgot({ email: user.email.toUpperCase() }, { "accept-language": "en-US,en;q=0.8" });
    expect(known.status).toBe(200);
    expect(known.body).toEqual(ANSWER);
    const { mail, url, token } = await linkFor(user.email);
    expect(mail.subject).toBe("Reset your Stockline password");
    expect(url.origin + url.pathname).toBe(`${base}/en/reset-password`);
    expect(token).toMatch(/^slr_[A-Za-z0-9_-]{43}$/);
    const row = await db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(60 * 60_000);
    expect((await db.mailOutbox.findFirstOrThrow({ where: { dedupeKey: `password_reset:${row.id}` } })).content).not.toContain(token);

    const nobody = `nobody-${randomUUID().slice(0, 8)}@example.com`;
    const unknown = await forgot({ email: nobody });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual(ANSWER);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.received.filter(to(nobody))).toHaveLength(0);
  });

  it("writes the mail in Chinese by default or when the request names zh", async () => {
    const user = await makeUser();
    await forgot({ email: user.email, locale: "zh" }, { "accept-language": "en" });
    const { mail, url } = await linkFor(user.email);
    expect(mail.subject).toBe("重置您的 Stockline 密码");
    expect(mail.text).toContain("60 分钟内有效");
    expect(url.pathname).toBe("/zh/reset-password");
  });

  it("is limited per email (3 an hour) and per IP (5 an hour), with Retry-After", async () => {
    const user = await makeUser();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await forgot({ email: user.email })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const ip = randomIp();
    const fromOneIp = [];
    for (let i = 0; i < 6; i++) fromOneIp.push(await forgot({ email: `someone-${i}-${randomUUID().slice(0, 6)}@example.com` }, {}, ip));
    expect(fromOneIp.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(fromOneIp[5]!.body).toMatchObject({ success: false, error: "Too many requests", code: "rate_limited" });
    expect(Number(fromOneIp[5]!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses malformed input", async () => {
    expect((await forgot({ email: "not-an-email" })).body).toMatchObject({ success: false, code: "validation" });
    expect((await forgot({ email: "a@example.com", locale: "fr" })).body).toMatchObject({
      success: false,
      error: "locale: must be one of: zh, en",
    });
  });
});

describe("POST /api/auth/reset-password", () => {
  it("sets the new password once, and ends every session and API token", async () => {
    const user = await makeUser();
    await forgot({ email: user.email });
    const { token } = await linkFor(user.email);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    const tooShort = await reset(token, "short");
    expect(tooShort.body).toEqual({ success: false, error: "Password must be at least 8 characters", code: "validation" });
    const done = await reset(token, "a brand new password");
    expect(done.status).toBe(200);
    messageSchema.parse(done.body);

    expect((await login(user.email, user.password)).status).toBe(401);
    expect((await login(user.email, "a brand new password")).status).toBe(200);
    // The API token issued before the reset no longer works.
    const product = await makeProduct({ stock: 1 });
    const order = await api("/api/orders/create", {
      base,
      token: user.token,
      json: { productId: product.id, quantity: 1, contactEmail: user.email, paymentMethod: "balance_cny" },
    });
    expect(order.status).toBe(401);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);

    const again = await reset(token, "yet another password");
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ success: false, error: "Invalid or expired reset link", code: "invalid_reset_token" });
    expect((await login(user.email, "a brand new password")).status).toBe(200);
  });

  it("refuses an expired link, an unknown one, and the user's other links once one was used", async () => {
    const user = await makeUser();
    await forgot({ email: user.email });
    await forgot({ email: user.email });
    const first = await linkFor(user.email, 1);
    const second = await linkFor(user.email, 2);
    expect(first.token).not.toBe(second.token);

    await db.passwordReset.updateMany({
      where: { tokenHash: createHash("sha256").update(first.token).digest("hex") },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await reset(first.token, "new password one")).body.code).toBe("invalid_reset_token");
    expect((await reset(`slr_${"x".repeat(43)}`, "new password one")).body.code).toBe("invalid_reset_token");

    await forgot({ email: user.email }, {}, randomIp());
    const third = await linkFor(user.email, 3);
    expect((await reset(second.token, "new password two")).status).toBe(200);
    expect((await reset(third.token, "new password three")).body.code).toBe("invalid_reset_token");
    expect((await login(user.email, "new password two")).status).toBe(200);
  });

  it("lets exactly one of two concurrent uses of a link through", async () => {
    const user = await makeUser();
    await forgot({ email: user.email });
    const { token } = await linkFor(user.email);
    const answers = await Promise.all([reset(token, "concurrent password A"), reset(token, "concurrent password B")]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    const winner = answers[0]!.status === 200 ? "concurrent password A" : "concurrent password B";
    expect((await login(user.email, winner)).status).toBe(200);
  });
});
