// Who reaches the admin API: 401 without credentials and 403 for a non-admin on every path
// and method, before anything else; operators with two-factor sign-in need their code at
// POST /api/auth/login; an operator's web session works too, but only from the shop's pages.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, randomIp } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { replacePassword } from "@/lib/auth/change-password";
import { auditCount, enrolTwoFactor, makeAdmin, totpCode, webSignIn } from "../support/admin";

const someId = "00000000-0000-4000-8000-000000000000";

// Every operation of /api/admin (the OpenAPI document lists the same: see below).
const adminOperations: [string, string][] = [
  ["GET", "/api/admin/products"],
  ["POST", "/api/admin/products"],
  ["GET", `/api/admin/products/${someId}`],
  ["PATCH", `/api/admin/products/${someId}`],
  ["DELETE", `/api/admin/products/${someId}`],
  ["GET", `/api/admin/products/${someId}/stock`],
  ["POST", `/api/admin/products/${someId}/stock`],
  ["POST", `/api/admin/products/${someId}/stock/delete`],
  ["GET", `/api/admin/products/${someId}/stock/export`],
  ["GET", "/api/admin/categories"],
  ["POST", "/api/admin/categories"],
  ["GET", `/api/admin/categories/${someId}`],
  ["PATCH", `/api/admin/categories/${someId}`],
  ["DELETE", `/api/admin/categories/${someId}`],
  ["GET", "/api/admin/coupons"],
  ["POST", "/api/admin/coupons"],
  ["GET", `/api/admin/coupons/${someId}`],
  ["PATCH", `/api/admin/coupons/${someId}`],
  ["DELETE", `/api/admin/coupons/${someId}`],
  ["GET", "/api/admin/orders"],
  ["GET", `/api/admin/orders/${someId}`],
  ["POST", `/api/admin/orders/${someId}/confirm`],
  ["POST", `/api/admin/orders/${someId}/cancel`],
  ["POST", `/api/admin/orders/${someId}/refund`],
  ["GET", "/api/admin/users"],
  ["GET", `/api/admin/users/${someId}`],
  ["GET", `/api/admin/users/${someId}/ledger`],
  ["POST", `/api/admin/users/${someId}/balance`],
  ["POST", `/api/admin/users/${someId}/disable`],
  ["POST", `/api/admin/users/${someId}/enable`],
  ["POST", `/api/admin/users/${someId}/revoke-tokens`],
  ["POST", `/api/admin/users/${someId}/reset-two-factor`],
  ["GET", "/api/admin/audit"],
  ["GET", "/api/admin/settings"],
  ["PATCH", "/api/admin/settings"],
  ["GET", `/api/admin/products/${someId}/images`],
  ["POST", `/api/admin/products/${someId}/images`],
  ["PATCH", `/api/admin/products/${someId}/images`],
  ["DELETE", `/api/admin/products/${someId}/images/${someId}`],
  ["PUT", "/api/admin/brand/logo"],
  ["DELETE", "/api/admin/brand/logo"],
  ["GET", "/api/admin/webhooks"],
  ["POST", "/api/admin/webhooks"],
  ["GET", `/api/admin/webhooks/${someId}`],
  ["PATCH", `/api/admin/webhooks/${someId}`],
  ["DELETE", `/api/admin/webhooks/${someId}`],
  ["GET", `/api/admin/webhooks/${someId}/deliveries`],
  ["POST", `/api/admin/webhooks/${someId}/deliveries/${someId}/redeliver`],
  ["GET", "/api/admin/outbox"],
  ["GET", "/api/admin/payments/addresses"],
  ["POST", "/api/admin/payments/addresses"],
  ["DELETE", `/api/admin/payments/addresses/${someId}`],
  ["PUT", "/api/admin/payments/xpub"],
  ["GET", "/api/admin/payments/transfers"],
  ["POST", `/api/admin/payments/transfers/${someId}/attach`],
  ["POST", `/api/admin/payments/transfers/${someId}/dismiss`],
  ["GET", "/api/admin/payments/flagged"],
  ["POST", `/api/admin/payments/flagged/${someId}/resolve`],
  ["GET", "/api/admin/payments/settings"],
  ["GET", "/api/admin/payments/rails"],
  ["POST", "/api/admin/payments/rails/epay/test"],
  ["GET", "/api/admin/blacklist"],
  ["POST", "/api/admin/blacklist"],
  ["DELETE", `/api/admin/blacklist/${someId}`],
  ["PATCH", `/api/admin/users/${someId}`],
  ["POST", `/api/admin/orders/${someId}/deliver`],
  ["POST", `/api/admin/orders/${someId}/resend-delivery-email`],
];

let customer: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  customer = await makeUser();
});

describe("the admin guard", () => {
  it("answers 401 without credentials and 403 for a customer on every admin operation, and writes nothing", async () => {
    const audits = await auditCount();
    const products = await db.product.count();
    // Valid-looking bodies, so a guard that ran after parsing would let them through.
    const json = { slug: "x-guard", name_zh: "x", name_en: "x", price: 1, currency: "CNY", amount: "1", reason: "x" };
    for (const [method, path] of adminOperations) {
      const anonymous = await api(path, { method, json: method === "GET" ? undefined : json });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      expect(anonymous.body).toMatchObject({ success: false, code: "unauthorized" });
      const refused = await api(path, { method, token: customer.token, json: method === "GET" ? undefined : json });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.body).toMatchObject({ success: false, code: "forbidden" });
      expect((await api(path, { method, token: "slu_not-a-token" })).status, `${method} ${path}`).toBe(401);
    }
    expect(await auditCount()).toBe(audits);
    expect(await db.product.count()).toBe(products);
  });

  it("lists exactly these operations in the OpenAPI document, each with an operationId, security and its 401/403", async () => {
    const { body } = await api("/api/openapi.json");
    const documented = Object.entries(body.paths as Record<string, Record<string, any>>)
      .filter(([path]) => path.startsWith("/admin/"))
      .flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
      );
    const asPattern = (path: string) =>
      path
        .replace(/^\/api/, "")
        .replace(someId, "{id}")
        .replace(`/images/${someId}`, "/images/{imageId}")
        .replace(`/deliveries/${someId}`, "/deliveries/{deliveryId}")
        .replace("/brand/logo", "/brand/{kind}")
        .replace("/rails/epay/", "/rails/{rail}/");
    expect(documented.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(
      adminOperations.map(([method, path]) => `${method} ${asPattern(path)}`).sort(),
    );
    const ids = new Set<string>();
    for (const { operation } of documented) {
      expect(operation.operationId).toMatch(/^admin[A-Z]/);
      ids.add(operation.operationId);
      expect(operation.security).toEqual([{ bearer: [] }, { operatorSession: [] }]);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["401", "403"]));
    }
    expect(ids.size).toBe(documented.length);
  });
});

describe("two-factor sign-in at POST /api/auth/login", () => {
  const login = (email: string, password: string, totp?: string) =>
    api("/api/auth/login", { json: { email, password, ...(totp === undefined ? {} : { totp }) } });

  it("needs the code once enrolled: missing and wrong codes are 401s with their own messages, a code works once", async () => {
    const admin = await makeAdmin();
    expect((await login(admin.email, admin.password)).status).toBe(200);
    const { secret } = await enrolTwoFactor(admin.id);
    const stored = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);

    const missing = await login(admin.email, admin.password);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ success: false, error: "Two-factor code required", code: "totp_required" });
    const wrongCode = totpCode(secret) === "000000" ? "111111" : "000000";
    const wrong = await login(admin.email, admin.password, wrongCode);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ success: false, error: "Invalid two-factor code", code: "totp_invalid" });
    // A wrong password is still the contract's answer, whatever the code.
    expect((await login(admin.email, "wrong-password", totpCode(secret))).body.error).toBe("Invalid email or password");

    const code = totpCode(secret);
    const ok = await login(admin.email, admin.password, code);
    expect(ok.status).toBe(200);
    expect(ok.body.token).toMatch(/^slu_/);
    // The same code a second time is refused (replay).
    expect((await login(admin.email, admin.password, code)).body.code).toBe("totp_invalid");
  });

  it("accepts each recovery code once, stored only as a hash", async () => {
    const admin = await makeAdmin();
    const { recoveryCodes } = await enrolTwoFactor(admin.id);
    expect(recoveryCodes).toHaveLength(10);
    const rows = await db.recoveryCode.findMany({ where: { userId: admin.id } });
    for (const row of rows) for (const code of recoveryCodes) expect(row.codeHash).not.toContain(code.replace("-", ""));
    expect((await login(admin.email, admin.password, recoveryCodes[0]!.toUpperCase())).status).toBe(200);
    expect((await login(admin.email, admin.password, recoveryCodes[0]!)).body.code).toBe("totp_invalid");
    expect((await login(admin.email, admin.password, recoveryCodes[1]!)).status).toBe(200);
  });

  it("counts wrong codes as failed logins (rate limited like wrong passwords)", async () => {
    const admin = await makeAdmin();
    const { secret } = await enrolTwoFactor(admin.id);
    const wrongCode = totpCode(secret) === "000000" ? "111111" : "000000";
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await api("/api/auth/login", { ip, json: { email: admin.email, password: admin.password, totp: wrongCode } })).status);
    // One address gets 5 attempts at an email per 15 minutes (lib/ratelimit/login-attempts.ts).
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  it("leaves customers' login as it was: no code needed", async () => {
    const shopper = await makeUser();
    const answer = await login(shopper.email, shopper.password);
    expect(answer.status).toBe(200);
    expect(answer.body.user.email).toBe(shopper.email);
  });
});

describe("an operator's web session on /api/admin", () => {
  it("reads with the session; writes only from the shop's own pages; a customer's session is refused", async () => {
    const admin = await makeAdmin();
    const { secret } = await enrolTwoFactor(admin.id);
    const base = inject("baseUrl");
    const withoutCode = await webSignIn(admin.email, admin.password);
    expect(withoutCode.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(false);
    const jar = await webSignIn(admin.email, admin.password, totpCode(secret));
    const cookie = jar.join("; ");
    expect(jar.some((entry) => entry.startsWith("next-auth.session-token="))).toBe(true);

    const read = await api("/api/admin/products", { headers: { cookie } });
    expect(read.status).toBe(200);
    const product = await makeProduct({ stock: 1 });
    const patch = (headers: Record<string, string>) =>
      api(`/api/admin/products/${product.id}`, {
        method: "PATCH",
        json: { name_en: "Renamed by session" },
        headers: { cookie, ...headers },
      });
    expect((await patch({ origin: "https://evil.example" })).status).toBe(403);
    expect((await patch({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await patch({})).status).toBe(403);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).nameEn).not.toBe("Renamed by session");
    const same = await patch({ origin: base });
    expect(same.status).toBe(200);
    expect(same.body.product.name_en).toBe("Renamed by session");

    const shopperJar = await webSignIn(customer.email, customer.password);
    expect((await api("/api/admin/products", { headers: { cookie: shopperJar.join("; ") } })).status).toBe(403);
  });

  it("stops taking a session once the operator has changed the password (or signed out everywhere)", async () => {
    const admin = await makeAdmin();
    const { secret } = await enrolTwoFactor(admin.id);
    const jar = await webSignIn(admin.email, admin.password, totpCode(secret));
    const cookie = jar.join("; ");
    expect((await api("/api/admin/products", { headers: { cookie } })).status).toBe(200);
    await replacePassword(admin.id, "a-new-password-for-this-test");
    expect((await api("/api/admin/products", { headers: { cookie } })).status).toBe(401);
    const product = await makeProduct({ stock: 1 });
    const write = await api(`/api/admin/products/${product.id}`, {
      method: "PATCH",
      json: { name_en: "Renamed by an old session" },
      headers: { cookie, origin: inject("baseUrl") },
    });
    expect(write.status).toBe(401);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).nameEn).not.toBe("Renamed by an old session");
    // A new sign-in with the new password works again.
    const fresh = await webSignIn(admin.email, "a-new-password-for-this-test", totpCode(secret, 1));
    expect((await api("/api/admin/products", { headers: { cookie: fresh.join("; ") } })).status).toBe(200);
  });

  it("refuses the session of an operator without two-factor (the console sends them to set it up first)", async () => {
    const admin = await makeAdmin();
    const jar = await webSignIn(admin.email, admin.password);
    expect((await api("/api/admin/products", { headers: { cookie: jar.join("; ") } })).status).toBe(403);
    // Their bearer token works as before.
    expect((await api("/api/admin/products", { token: admin.token })).status).toBe(200);
  });
});
