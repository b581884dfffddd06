// Who may not buy: the blacklist (email, email domain, client IP; contact and account email)
// and the per-account approval of API balance orders. A refused order writes nothing:
// no order, no reservation, no debit, no coupon use.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder, randomIp } from "../support/api";
import { balances, db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";
import { auditCount, makeAdmin } from "../support/admin";
import { answers } from "@/lib/api/admin-response-schemas";
import { checkout } from "@/lib/orders/checkout";
import { invalidateBlacklist } from "@/lib/blacklist/blacklist-check";

let admin: Awaited<ReturnType<typeof makeAdmin>>;
beforeAll(async () => {
  admin = await makeAdmin();
});
const as = (method: string, path: string, json?: unknown) => api(path, { method, token: admin.token, json });
const tag = () => randomUUID().slice(0, 8);

/** Everything an order could write, for one product and one user. */
async function footprint(productId: string, userId: string, couponId: string) {
  return {
    orders: await db.order.count({ where: { productId } }),
    stock: await stockCounts(productId),
    balances: await balances(userId),
    coupon: (await db.coupon.findUniqueOrThrow({ where: { id: couponId } })).usedCount,
  };
}

async function blacklist(kind: string, value: string) {
  const answer = await as("POST", "/api/admin/blacklist", { kind, value, note: "test" });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answers.blacklistEntry.parse(answer.body).entry;
}

describe("the blacklist API", () => {
  it("adds (normalised), lists, filters and removes entries, each audited; bad input and duplicates write nothing", async () => {
    const t = tag();
    const audits = await auditCount();
    const email = await blacklist("email", `  Fraud-${t}@Example.COM `);
    expect(email).toMatchObject({ kind: "email", value: `fraud-${t}@example.com`, note: "test" });
    const domain = await blacklist("domain", `@Spam-${t}.example`);
    expect(domain.value).toBe(`spam-${t}.example`);
    const ip = await blacklist("ip", "::ffff:203.0.113.9");
    expect(ip.value).toBe("203.0.113.9");
    expect(await auditCount()).toBe(audits + 3);

    const before = await db.blacklistEntry.count();
    for (const body of [
      { kind: "email", value: "not-an-email" },
      { kind: "domain", value: "no_tld" },
      { kind: "ip", value: "300.1.1.1" },
      { kind: "country", value: "CN" },
      { kind: "email", value: "" },
      { kind: "email", value: `x-${t}@example.com`, note: "n".repeat(201) },
      { kind: "email", value: `x-${t}@example.com`, extra: 1 },
    ]) {
      const answer = await as("POST", "/api/admin/blacklist", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body).toMatchObject({ success: false, code: "validation" });
    }
    const duplicate = await as("POST", "/api/admin/blacklist", { kind: "email", value: `FRAUD-${t}@example.com` });
    expect(duplicate.status).toBe(409);
    expect(await db.blacklistEntry.count()).toBe(before);
    expect(await auditCount()).toBe(audits + 3);

    const listed = answers.blacklist.parse((await as("GET", `/api/admin/blacklist?q=${t}&limit=1`)).body);
    expect(listed.entries).toHaveLength(1);
    expect(listed.next_cursor).not.toBeNull();
    const next = answers.blacklist.parse((await as("GET", `/api/admin/blacklist?q=${t}&limit=1&cursor=${listed.next_cursor}`)).body);
    expect(next.entries.map((entry) => entry.id)).not.toContain(listed.entries[0]!.id);
    const ips = answers.blacklist.parse((await as("GET", "/api/admin/blacklist?kind=ip&limit=100")).body).entries;
    expect(ips.every((entry) => entry.kind === "ip")).toBe(true);
    expect((await as("GET", "/api/admin/blacklist?kind=country")).status).toBe(400);

    for (const entry of [email, domain, ip]) {
      expect(answers.blacklistRemoved.parse((await as("DELETE", `/api/admin/blacklist/${entry.id}`)).body).deleted).toBe(true);
    }
    expect((await as("DELETE", `/api/admin/blacklist/${email.id}`)).status).toBe(404);
    expect(await auditCount()).toBe(audits + 6);
    const removal = await db.auditEntry.findFirstOrThrow({ where: { action: "blacklist.remove", entityId: ip.id } });
    expect(JSON.parse(removal.before!)).toMatchObject({ kind: "ip", value: "203.0.113.9" });
  });
});

describe("a blacklisted buyer's order", () => {
  it("is refused with a generic 403 by contact email, its domain, the account's email or domain, and the client IP; nothing is written", async () => {
    const t = tag();
    const product = await makeProduct({ stock: 5 });
    const user = await makeUser({ balanceFen: 10_000n });
    const coupon = await makeCoupon({ productId: product.id, remainingUses: 5 });
    const blockedIp = randomIp();
    await blacklist("email", `bad-${t}@example.com`);
    await blacklist("domain", `evil-${t}.example`);
    await blacklist("ip", blockedIp);
    const order = (contactEmail: string, extra: { token?: string; ip?: string; method?: string } = {}) =>
      api("/api/orders/create", {
        json: { productId: product.id, quantity: 1, contactEmail, paymentMethod: extra.method ?? "balance_cny", couponCode: coupon.code },
        token: extra.token ?? user.token,
        ip: extra.ip,
      });
    const before = await footprint(product.id, user.id, coupon.id);
    for (const [label, answer] of [
      ["contact email", await order(`BAD-${t}@Example.com`)],
      ["contact domain", await order(`anyone@EVIL-${t}.example`)],
      ["client IP", await order(`fine-${t}@example.com`, { ip: blockedIp })],
      ["client IP, unpaid method", await order(`fine-${t}@example.com`, { ip: blockedIp, method: "alipay" })],
    ] as const) {
      expect(answer.status, label).toBe(403);
      expect(answer.body, label).toEqual({ success: false, error: "Order refused", code: "order_refused" });
    }
    expect(await footprint(product.id, user.id, coupon.id)).toEqual(before);

    // The account's own email (or its domain) is blacklisted, whatever contact it gives.
    const blockedAccount = await makeUser({ balanceFen: 10_000n });
    await blacklist("email", blockedAccount.email);
    const byAccount = await order(`fine-${t}@example.com`, { token: blockedAccount.token });
    expect(byAccount.status).toBe(403);
    expect(byAccount.body.error).toBe("Order refused");
    expect(await balances(blockedAccount.id)).toMatchObject({ cny: 10_000n });

    // The server checks a copy of the list; an entry the console removes lets orders through at once.
    const ipEntry = answers.blacklist.parse((await as("GET", `/api/admin/blacklist?kind=ip&q=${encodeURIComponent(blockedIp)}`)).body)
      .entries[0]!;
    expect((await as("DELETE", `/api/admin/blacklist/${ipEntry.id}`)).status).toBe(200);
    expect((await order(`fine-${t}@example.com`, { ip: blockedIp })).status).toBe(200);

    // Others still buy.
    const fine = await order(`fine-${t}@example.com`);
    expect(fine.status).toBe(200);
    expect(fine.body.order.status).toBe("completed");
  });

  it("is refused on the storefront's checkout too (the web session's account and the front door's client address)", async () => {
    const t = tag();
    const product = await makeProduct({ stock: 3 });
    const user = await makeUser({ balanceFen: 10_000n });
    await blacklist("domain", `web-${t}.example`);
    const blockedIp = randomIp();
    await blacklist("ip", blockedIp);
    const form = (contactEmail: string) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({ productId: product.id, quantity: "1", contactEmail, paymentMethod: "balance_cny" }))
        data.append(name, value);
      return data;
    };
    // The entries were added through the server; this process keeps a copy of its own, as another instance would.
    invalidateBlacklist();
    const orders = await db.order.count({ where: { productId: product.id } });
    const buyer = { userId: user.id, email: user.email, clientIp: randomIp() };
    expect(await checkout(form(`someone@web-${t}.example`), buyer)).toEqual({ ok: false, error: { key: "orderRefused" } });
    expect(await checkout(form(`fine-${t}@example.com`), { ...buyer, clientIp: blockedIp })).toEqual({
      ok: false,
      error: { key: "orderRefused" },
    });
    expect(await db.order.count({ where: { productId: product.id } })).toBe(orders);
    expect(await stockCounts(product.id)).toMatchObject({ available: 3, reserved: 0, sold: 0 });
    expect(await checkout(form(`fine-${t}@example.com`), buyer)).toMatchObject({ ok: true });
  });
});

describe("approval of API balance orders", () => {
  it("is off by default; needs_approval refuses the account's bearer-token balance orders (403) until approved; audited", async () => {
    const product = await makeProduct({ stock: 5 });
    const user = await makeUser({ balanceFen: 10_000n });
    const order = (method = "balance_cny") =>
      createOrder(
        { productId: product.id, quantity: 1, contactEmail: `api-${tag()}@example.com`, paymentMethod: method },
        { token: user.token },
      );
    expect(answers.user.parse((await as("GET", `/api/admin/users/${user.id}`)).body).user.api_orders).toBe("open");
    expect((await order()).status).toBe(200);

    const audits = await auditCount();
    const set = await as("PATCH", `/api/admin/users/${user.id}`, { api_orders: "needs_approval" });
    expect(answers.userState.parse(set.body).user.api_orders).toBe("needs_approval");
    expect(await auditCount()).toBe(audits + 1);

    const before = await balances(user.id);
    const stock = await stockCounts(product.id);
    for (const method of ["balance_cny", "balance_crypto"]) {
      const refused = await order(method);
      expect(refused.status, method).toBe(403);
      expect(refused.body).toEqual({
        success: false,
        error: "API balance orders are not enabled for this account: please contact the administrator",
        code: "api_orders_not_approved",
      });
    }
    expect(await balances(user.id)).toEqual(before);
    expect(await stockCounts(product.id)).toEqual(stock);
    // Only balance orders through its tokens: an unpaid order and a web-session order go through.
    expect((await order("alipay")).status).not.toBe(403);
    const web = new FormData();
    for (const [name, value] of Object.entries({
      productId: product.id,
      quantity: "1",
      contactEmail: `web-${tag()}@example.com`,
      paymentMethod: "balance_cny",
    }))
      web.append(name, value);
    expect(await checkout(web, { userId: user.id, email: user.email, clientIp: randomIp() })).toMatchObject({ ok: true });

    expect((await as("PATCH", `/api/admin/users/${user.id}`, { api_orders: "approved" })).status).toBe(200);
    expect((await order()).status).toBe(200);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "user.api_orders", entityId: user.id },
      orderBy: { id: "desc" },
    });
    expect(JSON.parse(entry.before!)).toEqual({ api_orders: "needs_approval" });
    expect(JSON.parse(entry.after!)).toEqual({ api_orders: "approved" });

    const auditsNow = await auditCount();
    for (const body of [{ api_orders: "maybe" }, {}, { api_orders: "open", role: "admin" }]) {
      expect((await as("PATCH", `/api/admin/users/${user.id}`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await as("PATCH", `/api/admin/users/${randomUUID()}`, { api_orders: "open" })).status).toBe(404);
    expect(await auditCount()).toBe(auditsNow);
  });
});
