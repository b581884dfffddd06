// The console (/{locale}/admin/...) and its server actions reach operators only: signed out
// is sent to the console's sign-in, a customer's session gets a 403 on every page and every
// action (nothing written), an operator without two-factor is sent to set it up first.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { auditCount, enrolTwoFactor, makeAdmin, totpCode, webSignIn } from "../support/admin";
import { createOrder } from "../support/api";
import { postAction } from "../support/post-action";
import { pendingEnrolment } from "@/lib/auth/two-factor";

type ActionEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

// Every server action the build contains, from Next's own manifest of the production build.
function consoleActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, ActionEntry>;
  };
  return (
    Object.entries(manifest.node)
      .filter(([, entry]) => entry.filename.startsWith("lib/admin/actions/"))
      // A page that holds the action: Next runs an action only for a page it belongs to.
      .map(([id, entry]) => ({ id, name: entry.exportedName, page: Object.keys(entry.workers).sort()[0]! }))
  );
}

// Signing in and out are the only console actions open to anyone (sign-in checks the operator itself).
const OPEN_ACTIONS = ["adminSignInAction", "adminSignOutAction"];

/** `app/[locale]/admin/(console)/users/[id]/page` -> `/zh/admin/users/<id>`. */
function pagePath(worker: string, ids: Record<string, string>): string {
  const segments = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => segment && !segment.startsWith("("));
  return `/${segments.map((segment, index) => (segment === "[locale]" ? "zh" : segment === "[id]" ? ids[segments[index - 1]!]! : segment)).join("/")}`;
}

/** Calls a server action the way a browser does, posted to a page that holds it. */
function callAction(
  action: { id: string; page: string },
  ids: Record<string, string>,
  fields: Record<string, string>,
  cookie?: string,
  formOnly = false,
) {
  return postAction(`${inject("baseUrl")}${pagePath(action.page, ids)}`, action.id, fields, cookie, formOnly);
}

let pages: string[];
let customerCookie: string;
beforeAll(async () => {
  const product = await makeProduct({ stock: 2 });
  const buyer = await makeUser({ balanceFen: 10_000n });
  const order = await createOrder(
    { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
    { token: buyer.token },
  );
  const sections = [
    "",
    "/products",
    "/products/new",
    `/products/${product.id}`,
    `/products/${product.id}/stock`,
    "/categories",
    "/coupons",
    "/orders",
    `/orders/${order.body.order.id}`,
    "/users",
    `/users/${buyer.id}`,
    "/audit",
    "/settings",
    "/payments",
    "/payments/transfers",
    "/payments/flagged",
    "/payments/rails",
    "/webhooks",
    "/outbox",
    "/blacklist",
  ];
  pages = ["zh", "en"].flatMap((locale) => sections.map((section) => `/${locale}/admin${section}`));
  const customer = await makeUser();
  customerCookie = (await webSignIn(customer.email, customer.password)).join("; ");
});

const get = (pathname: string, cookie?: string) =>
  fetch(`${inject("baseUrl")}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });

describe("console pages", () => {
  it("send a signed-out visitor to the console's sign-in", async () => {
    for (const page of pages) {
      const answer = await get(page);
      expect(answer.status, page).toBe(307);
      expect(answer.headers.get("location"), page).toMatch(/\/(zh|en)\/admin\/sign-in$/);
    }
  });

  it("answer 403 to a customer's session, showing nothing of the console", async () => {
    for (const page of [...pages, "/zh/admin/two-factor"]) {
      const answer = await get(page, customerCookie);
      expect(answer.status, page).toBe(403);
      const html = await answer.text();
      expect(html).toContain("admin-forbidden");
      expect(html).not.toContain('data-testid="admin-console"');
    }
  });

  it("send an operator without two-factor to set it up, and let an enrolled one in", async () => {
    const admin = await makeAdmin();
    const fresh = (await webSignIn(admin.email, admin.password)).join("; ");
    for (const page of pages.slice(0, 3)) {
      const answer = await get(page, fresh);
      expect(answer.headers.get("location"), page).toMatch(/\/admin\/two-factor$/);
    }
    expect((await get("/zh/admin/two-factor", fresh)).status).toBe(200);
    const { secret } = await enrolTwoFactor(admin.id);
    const enrolled = (await webSignIn(admin.email, admin.password, totpCode(secret))).join("; ");
    for (const page of pages) {
      const answer = await get(page, enrolled);
      expect(answer.status, page).toBe(200);
      expect(await answer.text()).toContain('data-testid="admin-console"');
    }
  });
});

describe("console server actions", () => {
  it("refuse every action to a customer's session and to no session, writing nothing; an operator's call goes through", async () => {
    const actions = consoleActions();
    const guarded = actions.filter((action) => !OPEN_ACTIONS.includes(action.name));
    // The build's console actions, so a new one cannot slip past this test unlisted.
    expect(guarded.map((action) => action.name).sort()).toEqual(
      [
        "accountAction",
        "adjustBalanceAction",
        "createCouponAction",
        "deleteCategoryAction",
        "deleteCouponAction",
        "deleteProductAction",
        "deleteStockAction",
        "enrolTwoFactorAction",
        "orderAction",
        "renewRecoveryCodesAction",
        "saveCategoryAction",
        "saveProductAction",
        "saveSettingsAction",
        "setCouponActiveAction",
        "addAddressAction",
        "removeAddressAction",
        "setXpubAction",
        "removeXpubAction",
        "attachTransferAction",
        "dismissTransferAction",
        "resolveFlagAction",
        "testRailAction",
        "addBlacklistAction",
        "removeBlacklistAction",
        "setApiOrdersAction",
        "deliverOrderAction",
        "createWebhookAction",
        "updateWebhookAction",
        "rotateWebhookSecretAction",
        "setWebhookEnabledAction",
        "deleteWebhookAction",
        "redeliverAction",
        "resendDeliveryMailAction",
      ].sort(),
    );
    const victim = await makeUser({ balanceFen: 500n });
    const product = await makeProduct({ stock: 3 });
    const fields = {
      locale: "zh",
      id: victim.id,
      productId: product.id,
      action: "disable",
      all: "true",
      currency: "CNY",
      amount: "100",
      reason: "x",
      slug: `hijack-${Date.now()}`,
      name_zh: "x",
      name_en: "x",
      price: "1",
      code: "HIJACK",
      kind: "percent",
      value: "50",
      announcement_zh: "hijacked",
      coin: "trc20_usdt",
      address: "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH",
      note: "hijacked",
      order_no: "x",
      rail: "epay",
      xpub: "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs",
    };
    const buyer = await makeUser({ balanceFen: 1_000n });
    const order = await createOrder(
      { productId: product.id, quantity: 1, contactEmail: buyer.email, paymentMethod: "balance_cny" },
      { token: buyer.token },
    );
    const ids = { products: product.id, orders: order.body.order.id as string, users: victim.id, webhooks: randomUUID() };
    Object.assign(fields, { id: victim.id });
    const audits = await auditCount();
    for (const action of guarded) {
      for (const cookie of [customerCookie, undefined]) {
        const answer = await callAction(action, ids, fields, cookie);
        expect(answer.status, `${action.name} ${cookie ? "customer" : "anonymous"}`).toBe(403);
      }
    }
    expect(await auditCount()).toBe(audits);
    expect(await db.user.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ balanceFen: 500n, disabledAt: null });
    expect(await db.stockItem.count({ where: { productId: product.id } })).toBe(3);
    expect(await db.order.findUniqueOrThrow({ where: { id: ids.orders } })).toMatchObject({ status: "completed" });
    expect(await db.setting.findUnique({ where: { key: "announcement_zh" } })).toBeNull();
    expect(await db.setting.findUnique({ where: { key: "btc_xpub" } })).toBeNull();

    // The same call from an operator is accepted: the refusals above are the guard, not a malformed call.
    const admin = await makeAdmin();
    const { secret } = await enrolTwoFactor(admin.id);
    const cookie = (await webSignIn(admin.email, admin.password, totpCode(secret))).join("; ");
    const adjust = guarded.find((action) => action.name === "adjustBalanceAction")!;
    expect((await callAction(adjust, ids, fields, cookie)).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).balanceFen).toBe(10_500n);
  });

  it("answer a plain form whose record is gone with the page it lands on, and an action name of Object.prototype's as invalid, never a 500", async () => {
    const action = (name: string) => consoleActions().find((entry) => entry.name === name)!;
    const operator = await makeAdmin();
    const { secret } = await enrolTwoFactor(operator.id);
    const cookie = (await webSignIn(operator.email, operator.password, totpCode(secret))).join("; ");
    const gone = randomUUID();
    const ids = { products: gone, webhooks: gone, orders: gone, users: gone };
    const audits = await auditCount();
    for (const name of [
      "deleteCategoryAction",
      "setCouponActiveAction",
      "deleteCouponAction",
      "deleteProductAction",
      "deleteStockAction",
      "removeAddressAction",
      "setWebhookEnabledAction",
      "deleteWebhookAction",
      "redeliverAction",
    ]) {
      const fields = { locale: "en", id: gone, productId: gone, all: "true", enabled: "true" };
      const answer = await callAction(action(name), ids, fields, cookie, true);
      // A redirect answers an action's fetch with 200 and where to go.
      expect(answer.status, name).toBe(200);
      expect(answer.headers.get("x-action-redirect"), name).toMatch(/^\/en\/admin\//);
    }
    // The product id goes into the answer's Location header: a control character in it was a 500.
    const stock = await callAction(
      action("deleteStockAction"),
      ids,
      { locale: "en", productId: "a\r\nb\u0001", all: "true" },
      cookie,
      true,
    );
    expect(stock.status).toBe(200);
    expect(stock.headers.get("x-action-redirect")).toContain("/en/admin/products/a%0D%0Ab%01/stock");
    // `in` finds these on every object; calling one as an order or account action threw (a 500) or did nothing and said done.
    for (const kind of ["__proto__", "constructor", "toString"]) {
      for (const name of ["orderAction", "accountAction"]) {
        const answer = await callAction(action(name), ids, { locale: "en", id: gone, action: kind }, cookie);
        expect(answer.status, `${name} ${kind}`).toBe(200);
        expect(await answer.text(), `${name} ${kind}`).toContain('"error":"invalid"');
      }
    }
    // Called with no form at all (a client can encode anything): read as empty and refused. The
    // settings form, whose fields may all be empty, reset every setting that way.
    for (const name of ["saveSettingsAction", "saveCategoryAction", "saveProductAction", "createWebhookAction", "deleteStockAction"]) {
      const { id, page } = action(name);
      const answer = await fetch(`${inject("baseUrl")}${pagePath(page, ids)}`, {
        method: "POST",
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", cookie },
        body: JSON.stringify([null, null]),
        redirect: "manual",
      });
      expect(answer.status, name).toBeLessThan(500);
    }
    expect(await auditCount()).toBe(audits);
  });

  it("audit an operator's two-factor enrolment and each renewal of the recovery codes, once each", async () => {
    const action = (name: string) => consoleActions().find((entry) => entry.name === name)!;
    const entries = (userId: string, name: string) => db.auditEntry.count({ where: { entityId: userId, action: name } });

    const newcomer = await makeAdmin();
    const newcomerCookie = (await webSignIn(newcomer.email, newcomer.password)).join("; ");
    const { secret: newSecret } = (await pendingEnrolment(newcomer.id))!;
    const enrol = () => callAction(action("enrolTwoFactorAction"), {}, { locale: "zh", code: totpCode(newSecret, -1) }, newcomerCookie);
    expect((await enrol()).status).toBe(200);
    // A second submit finds the operator enrolled: nothing more is written.
    expect((await enrol()).status).toBe(200);
    expect(await entries(newcomer.id, "user.two_factor_enable")).toBe(1);
    expect(await db.recoveryCode.count({ where: { userId: newcomer.id, usedAt: null } })).toBe(10);

    const operator = await makeAdmin();
    const { secret, recoveryCodes } = await enrolTwoFactor(operator.id);
    const cookie = (await webSignIn(operator.email, operator.password, totpCode(secret))).join("; ");
    const before = await db.recoveryCode.findMany({ where: { userId: operator.id }, select: { codeHash: true } });
    expect(before).toHaveLength(recoveryCodes.length);
    const renew = (code: string) => callAction(action("renewRecoveryCodesAction"), {}, { locale: "zh", code }, cookie);
    expect((await renew("000000")).status).toBe(200);
    expect(await entries(operator.id, "user.recovery_codes_renew")).toBe(0);
    expect((await renew(totpCode(secret, 1))).status).toBe(200);
    const after = await db.recoveryCode.findMany({ where: { userId: operator.id }, select: { codeHash: true } });
    expect(after).toHaveLength(10);
    expect(after.some((code) => before.some((old) => old.codeHash === code.codeHash))).toBe(false);
    const renewal = await db.auditEntry.findMany({ where: { entityId: operator.id, action: "user.recovery_codes_renew" } });
    expect(renewal).toHaveLength(1);
    expect(JSON.parse(renewal[0]!.after!)).toEqual({ recovery_codes: 10 });
  });
});
