// /api/admin/payments/*: receiving addresses (environment ones fixed, the operator's added and
// removed, and orders drawing from them), the Bitcoin xpub (BTC_XPUB fixed, or entered here), the unmatched-transfers inbox (attach through
// confirmPayment once, whatever the retries; dismiss), flagged payments and their resolution,
// the crypto settings in force, and the cashier rails with a real signed test call against the
// fake providers. Bad input writes nothing; every change leaves an audit entry.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { db, makeProduct, makeUser } from "../support/fixtures";
import { auditCount, makeAdmin } from "../support/admin";
import { snapshotAddresses } from "../support/crypto";
import { startShop, eventually, type Shop } from "../support/shop";
import { randomTronAddress, randomTxId } from "../fakes/trongrid";
import { startFakeEpay, type FakeEpay } from "../fakes/epay";
import { startFakeAlipay, type FakeAlipay } from "../fakes/alipay";
import { startFakeWechat, type FakeWechat } from "../fakes/wechat";
import { paymentAnswers as answers } from "@/lib/api/admin-payments-response-schemas";
import { watchedAddresses } from "@/lib/payments/crypto/receiving-addresses";
import { expireOrder } from "@/lib/orders/expire-orders";
import { parseAccountKey, receivingAddress } from "@/lib/payments/crypto/xpub";
import { alipayEnv, wechatEnv } from "../support/cashier-env";

let admin: Awaited<ReturnType<typeof makeAdmin>>;
let restoreAddresses: () => Promise<void>;
beforeAll(async () => {
  admin = await makeAdmin();
  restoreAddresses = await snapshotAddresses(["trc20_usdt", "trx"]);
});
afterAll(async () => {
  await restoreAddresses?.();
});
const as = (method: string, path: string, json?: unknown) => api(path, { method, token: admin.token, json });
const evmAddress = () => `0x${randomBytes(20).toString("hex")}`;
const buyerEmail = () => `buyer-${randomUUID().slice(0, 8)}@example.com`;

/** A crypto order; the server keeps its payment configuration for 5 s, so a coin just given an address may take that long to be offered. */
async function cryptoOrder(coin = "trc20_usdt") {
  const product = await makeProduct({ stock: 3, priceFen: 720n });
  const place = () => createOrder({ productId: product.id, quantity: 1, contactEmail: buyerEmail(), paymentMethod: "crypto", coin });
  const created = await eventually(place, (answer) => answer.status !== 400 || answer.body.error !== "Coin not available");
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body as { order: { id: string; order_no: string }; payment: { address: string; amount_atomic: string } };
}

/** A final transfer the chain watcher kept because it paid no order, as it records one. */
async function unmatchedTransfer(address: string, amount = "700000") {
  return db.chainTransfer.create({
    data: {
      eventKey: `tron:${randomTxId()}:0`,
      chain: "tron",
      coin: "trc20_usdt",
      txHash: randomTxId(),
      address,
      amount,
      blockTime: new Date(),
      confirmations: 1,
      required: 1,
      status: "final",
      outcome: "unmatched",
    },
  });
}

describe("the guard on every payments operation", () => {
  it("answers 401 without credentials and 403 to a customer, and writes nothing", async () => {
    const customer = await makeUser();
    const audits = await auditCount();
    const addresses = await db.paymentAddress.count();
    const id = randomUUID();
    const operations: [string, string][] = [
      ["GET", "/api/admin/payments/addresses"],
      ["POST", "/api/admin/payments/addresses"],
      ["DELETE", `/api/admin/payments/addresses/${id}`],
      ["GET", "/api/admin/payments/transfers"],
      ["POST", `/api/admin/payments/transfers/${id}/attach`],
      ["POST", `/api/admin/payments/transfers/${id}/dismiss`],
      ["PUT", "/api/admin/payments/xpub"],
      ["GET", "/api/admin/payments/flagged"],
      ["POST", `/api/admin/payments/flagged/${id}/resolve`],
      ["GET", "/api/admin/payments/settings"],
      ["GET", "/api/admin/payments/rails"],
      ["POST", "/api/admin/payments/rails/epay/test"],
    ];
    const json = { coin: "trx", address: randomTronAddress(), order_no: "x", note: "x" };
    for (const [method, path] of operations) {
      const body = method === "GET" || method === "DELETE" ? undefined : json;
      expect((await api(path, { method, json: body })).status, `${method} ${path}`).toBe(401);
      const refused = await api(path, { method, json: body, token: customer.token });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.body).toMatchObject({ success: false, code: "forbidden" });
    }
    expect(await auditCount()).toBe(audits);
    expect(await db.paymentAddress.count()).toBe(addresses);
  });
});

describe("receiving addresses", () => {
  it("adds the operator's addresses (checked by checksum), lists the environment's as fixed, and switches the demo wallet off", async () => {
    const fromEnv = await db.paymentAddress.create({ data: { coin: "trx", address: randomTronAddress(), source: "env" } });
    const demo = await db.paymentAddress.create({ data: { coin: "trx", address: randomTronAddress(), source: "demo", demo: true } });
    const listed = answers.addresses.parse((await as("GET", "/api/admin/payments/addresses")).body);
    expect(listed.addresses.find((entry) => entry.id === fromEnv.id)).toMatchObject({ source: "env", editable: false });
    expect(listed.coins.find((entry) => entry.coin === "trx")).toMatchObject({ from_environment: true, demo: true });
    expect(listed.xpub).toBeNull();

    const audits = await auditCount();
    const rows = await db.paymentAddress.count();
    const tron = randomTronAddress();
    for (const body of [
      { coin: "trx", address: "T123" },
      { coin: "trx", address: evmAddress() },
      { coin: "trx", address: tron.slice(0, -1) + (tron.endsWith("1") ? "2" : "1") },
      { coin: "doge", address: tron },
      { coin: "trx" },
      { coin: "trx", address: tron, extra: true },
      // This server has no ETH_RPC_URL: an Ethereum address would never be watched.
      { coin: "erc20_usdt", address: evmAddress() },
    ]) {
      const refused = await as("POST", "/api/admin/payments/addresses", body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    // The environment's address and the demo wallet's are refused.
    expect((await as("POST", "/api/admin/payments/addresses", { coin: "trx", address: fromEnv.address })).status).toBe(409);
    expect((await as("POST", "/api/admin/payments/addresses", { coin: "trx", address: demo.address })).status).toBe(409);
    expect(await db.paymentAddress.count()).toBe(rows);
    expect(await auditCount()).toBe(audits);

    const added = await as("POST", "/api/admin/payments/addresses", { coin: "trx", address: ` ${tron} ` });
    expect(added.status).toBe(201);
    expect(answers.address.parse(added.body).address).toMatchObject({ coin: "trx", address: tron, source: "admin", editable: true });
    expect((await db.paymentAddress.findUniqueOrThrow({ where: { id: demo.id } })).active).toBe(false);
    expect((await as("POST", "/api/admin/payments/addresses", { coin: "trx", address: tron })).status).toBe(409);
    expect(await auditCount()).toBe(audits + 1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "payment_address.add" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: admin.id, entityId: added.body.address.id });

    // The environment's address cannot be removed here; nor can an unknown one.
    expect((await as("DELETE", `/api/admin/payments/addresses/${fromEnv.id}`)).status).toBe(400);
    expect((await as("DELETE", `/api/admin/payments/addresses/${randomUUID()}`)).status).toBe(404);
    expect((await db.paymentAddress.findUniqueOrThrow({ where: { id: fromEnv.id } })).active).toBe(true);
    await db.paymentAddress.updateMany({ where: { id: { in: [fromEnv.id, added.body.address.id] } }, data: { active: false } });
  });

  it("orders draw from a console address; after its removal new orders cannot have it, but live ones are still watched", async () => {
    const address = randomTronAddress();
    const offered = async () =>
      (await api("/api/payment-config")).body.methods.crypto.coins.some((entry: { coin: string }) => entry.coin === "trc20_usdt");
    expect(await offered()).toBe(false); // and the server keeps that answer for 5 s...
    const added = await as("POST", "/api/admin/payments/addresses", { coin: "trc20_usdt", address });
    expect(added.status).toBe(201);
    // ...except after a change of its own: the coin is offered at once.
    expect(await offered()).toBe(true);
    const order = await cryptoOrder();
    expect(order.payment.address).toBe(address);

    const audits = await auditCount();
    const removed = await as("DELETE", `/api/admin/payments/addresses/${added.body.address.id}`);
    expect(answers.addressRemoved.parse(removed.body)).toMatchObject({ removed: true, changed: true });
    expect(await offered()).toBe(false);
    const again = await as("DELETE", `/api/admin/payments/addresses/${added.body.address.id}`);
    expect(again.body).toMatchObject({ removed: true, changed: false });
    expect(await auditCount()).toBe(audits + 1);

    const product = await makeProduct({ stock: 1 });
    const refused = await createOrder({
      productId: product.id,
      quantity: 1,
      contactEmail: buyerEmail(),
      paymentMethod: "crypto",
      coin: "trc20_usdt",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("Coin not available");
    // The first order still holds an amount on it: the TRON watcher keeps polling the address.
    expect((await watchedAddresses("tron")).map((entry) => entry.address)).toContain(address);
    await db.cryptoAmountLock.deleteMany({ where: { orderId: order.order.id } });
    expect((await watchedAddresses("tron")).map((entry) => entry.address)).not.toContain(address);
  });
});

describe("the unmatched-transfers inbox", () => {
  let address: string;
  beforeAll(async () => {
    address = randomTronAddress();
    await db.paymentAddress.create({ data: { coin: "trc20_usdt", address, source: "admin" } });
  });

  it("attaches a transfer to an order by its number: delivered through confirmPayment once, however often it is sent", async () => {
    const { order } = await cryptoOrder();
    const transfer = await unmatchedTransfer(address);
    const inbox = answers.transfers.parse((await as("GET", "/api/admin/payments/transfers")).body).transfers;
    expect(inbox.find((entry) => entry.id === transfer.id)).toMatchObject({ outcome: "unmatched", attachable: true, amount: "0.7" });

    const audits = await auditCount();
    // Five operators (or retries) at once: one attach, the rest answered like a repeat.
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        as("POST", `/api/admin/payments/transfers/${transfer.id}/attach`, { order_no: order.order_no, note: "paid from an exchange" }),
      ),
    );
    for (const attempt of attempts) expect(attempt.status, JSON.stringify(attempt.body)).toBe(200);
    const parsed = attempts.map((attempt) => answers.attached.parse(attempt.body));
    expect(parsed.filter((answer) => answer.changed)).toHaveLength(1);
    expect(parsed.find((answer) => answer.changed)).toMatchObject({ outcome: "delivered", order_id: order.id });
    expect(parsed.filter((answer) => !answer.changed).every((answer) => answer.outcome === "already_attached")).toBe(true);
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.status).toBe("completed");
    expect(await db.paymentEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.stockItem.count({ where: { orderId: order.id, status: "sold" } })).toBe(1);
    expect(await auditCount()).toBe(audits + 1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "transfer.attach", entityId: transfer.id } });
    expect(JSON.parse(entry.after!)).toMatchObject({ order_no: order.order_no, order_status: "completed", note: "paid from an exchange" });

    // By id this time: the same pair again changes nothing; another order is refused.
    expect((await as("POST", `/api/admin/payments/transfers/${transfer.id}/attach`, { order_id: order.id })).body).toMatchObject({
      changed: false,
      outcome: "already_attached",
    });
    const other = await cryptoOrder();
    const elsewhere = await as("POST", `/api/admin/payments/transfers/${transfer.id}/attach`, { order_no: other.order.order_no });
    expect(elsewhere.status).toBe(400);
    expect((await db.order.findUniqueOrThrow({ where: { id: other.order.id } })).status).toBe("pending");
    const open = answers.transfers.parse((await as("GET", "/api/admin/payments/transfers")).body).transfers;
    expect(open.some((entry) => entry.id === transfer.id)).toBe(false);
    const all = answers.transfers.parse((await as("GET", "/api/admin/payments/transfers?state=all&limit=100")).body).transfers;
    expect(all.find((entry) => entry.id === transfer.id)).toMatchObject({
      resolution: `attached:${order.id}`,
      order_no: order.order_no,
      attachable: false,
    });
  });

  it("refuses bad attaches and writes nothing: no order, two orders, unknown ones, an order already paid", async () => {
    const transfer = await unmatchedTransfer(address, "1230000");
    const paid = await cryptoOrder();
    await db.order.update({ where: { id: paid.order.id }, data: { status: "completed", paidAt: new Date() } });
    const audits = await auditCount();
    const events = await db.paymentEvent.count();
    const cases: [unknown, number][] = [
      [{}, 400],
      [{ order_no: paid.order.order_no, order_id: paid.order.id }, 400],
      [{ order_id: "not-a-uuid" }, 400],
      [{ order_no: "GS0000000000NONE" }, 404],
      [{ order_id: randomUUID() }, 404],
      [{ order_no: paid.order.order_no }, 400],
      [{ order_no: paid.order.order_no, extra: 1 }, 400],
    ];
    for (const [body, status] of cases) {
      const answer = await as("POST", `/api/admin/payments/transfers/${transfer.id}/attach`, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
    }
    expect((await as("POST", `/api/admin/payments/transfers/${randomUUID()}/attach`, { order_no: paid.order.order_no })).status).toBe(404);
    expect(await db.paymentEvent.count()).toBe(events);
    expect(await auditCount()).toBe(audits);
    expect(await db.chainTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).toMatchObject({ resolvedAt: null, resolution: null });

    // Set aside with a reason instead; a repeat changes nothing.
    expect((await as("POST", `/api/admin/payments/transfers/${transfer.id}/dismiss`, {})).status).toBe(400);
    expect((await as("POST", `/api/admin/payments/transfers/${transfer.id}/dismiss`, { note: "   " })).status).toBe(400);
    expect(await auditCount()).toBe(audits);
    const dismissed = await as("POST", `/api/admin/payments/transfers/${transfer.id}/dismiss`, { note: "refunded to the sender" });
    expect(answers.dismissed.parse(dismissed.body)).toEqual({ success: true, dismissed: true, changed: true });
    expect((await as("POST", `/api/admin/payments/transfers/${transfer.id}/dismiss`, { note: "again" })).body.changed).toBe(false);
    expect(await auditCount()).toBe(audits + 1);
    expect((await db.chainTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).resolution).toBe("dismissed:refunded to the sender");
    // Once set aside it cannot be attached.
    const pending = await cryptoOrder();
    expect((await as("POST", `/api/admin/payments/transfers/${transfer.id}/attach`, { order_no: pending.order.order_no })).status).toBe(
      400,
    );
    expect((await db.order.findUniqueOrThrow({ where: { id: pending.order.id } })).status).toBe("pending");
  });
});

describe("flagged payments", () => {
  it("lists flagged orders newest first with paging, and resolves one with a note, once", async () => {
    const flagged = [];
    for (const flag of ["late_undelivered", "over_paid"]) {
      const { order } = await cryptoOrder();
      const at = new Date(Date.now() + flagged.length * 1000 + 60_000);
      await db.order.update({
        where: { id: order.id },
        data: { status: "paid", paidAt: at, paymentFlag: flag, paymentFlaggedAt: at },
      });
      flagged.push(order);
    }
    const first = answers.flagged.parse((await as("GET", "/api/admin/payments/flagged?limit=1")).body);
    expect(first.payments.map((entry) => entry.id)).toEqual([flagged[1]!.id]);
    expect(first.payments[0]).toMatchObject({
      flag: "over_paid",
      status: "paid",
      coin: "trc20_usdt",
      resolved_at: null,
      has_account: false,
    });
    const second = answers.flagged.parse((await as("GET", `/api/admin/payments/flagged?limit=1&cursor=${first.next_cursor}`)).body);
    expect(second.payments.map((entry) => entry.id)).toEqual([flagged[0]!.id]);
    expect((await as("GET", "/api/admin/payments/flagged?state=nope")).status).toBe(400);

    const target = flagged[0]!;
    const audits = await auditCount();
    expect((await as("POST", `/api/admin/payments/flagged/${target.id}/resolve`, {})).status).toBe(400);
    expect((await as("POST", `/api/admin/payments/flagged/${target.id}/resolve`, { note: "x".repeat(501) })).status).toBe(400);
    expect((await as("POST", `/api/admin/payments/flagged/${randomUUID()}/resolve`, { note: "x" })).status).toBe(404);
    const unflagged = await cryptoOrder();
    expect((await as("POST", `/api/admin/payments/flagged/${unflagged.order.id}/resolve`, { note: "x" })).status).toBe(400);
    expect(await auditCount()).toBe(audits);
    expect((await db.order.findUniqueOrThrow({ where: { id: target.id } })).paymentFlagResolvedAt).toBeNull();

    const resolved = answers.resolved.parse(
      (await as("POST", `/api/admin/payments/flagged/${target.id}/resolve`, { note: "refunded by bank transfer" })).body,
    );
    expect(resolved).toMatchObject({ changed: true, payment: { flag: "late_undelivered", resolution_note: "refunded by bank transfer" } });
    const again = await as("POST", `/api/admin/payments/flagged/${target.id}/resolve`, { note: "twice" });
    expect(again.body).toMatchObject({ changed: false, payment: { resolution_note: "refunded by bank transfer" } });
    expect(await auditCount()).toBe(audits + 1);
    const open = answers.flagged.parse((await as("GET", "/api/admin/payments/flagged?limit=100")).body).payments;
    expect(open.some((entry) => entry.id === target.id)).toBe(false);
    const done = answers.flagged.parse((await as("GET", "/api/admin/payments/flagged?state=resolved&limit=100")).body).payments;
    expect(done.find((entry) => entry.id === target.id)?.resolved_at).not.toBeNull();
  });
  it("lists an order closed with part of its amount as partial, with what arrived; resolving it sets its outputs aside", async () => {
    const { order, payment } = await cryptoOrder();
    // A final output short of the amount, as the watcher records one (Bitcoin outputs add up the same way).
    const output = await unmatchedTransfer(payment.address, "300000");
    await db.chainTransfer.update({ where: { id: output.id }, data: { outcome: "partial", orderId: order.id } });
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await expireOrder(order.id)).toBe(true);
    const listed = answers.flagged.parse((await as("GET", "/api/admin/payments/flagged?limit=100")).body).payments;
    const entry = listed.find((item) => item.id === order.id);
    expect(entry).toMatchObject({ flag: "partial", status: "expired", received: "0.3", paid_at: null });
    expect(entry?.flagged_at).not.toBeNull();

    const audits = await auditCount();
    const resolved = answers.resolved.parse(
      (await as("POST", `/api/admin/payments/flagged/${order.id}/resolve`, { note: "0.3 USDT sent back" })).body,
    );
    expect(resolved).toMatchObject({ changed: true, payment: { flag: "partial", received: "0.3", resolution_note: "0.3 USDT sent back" } });
    expect(await auditCount()).toBe(audits + 1);
    // Its output leaves the transfers inbox with it.
    expect(await db.chainTransfer.findUniqueOrThrow({ where: { id: output.id } })).toMatchObject({
      resolution: "dismissed:0.3 USDT sent back",
    });
    const inbox = answers.transfers.parse((await as("GET", "/api/admin/payments/transfers")).body).transfers;
    expect(inbox.some((item) => item.id === output.id)).toBe(false);
  });

  it("flags an order paid in time whose delivery could not happen, instead of losing the payment", async () => {
    const product = await makeProduct({ stock: 1, priceFen: 720n });
    await db.product.update({ where: { id: product.id }, data: { kind: "reusable" } });
    const created = await createOrder({
      productId: product.id,
      quantity: 1,
      contactEmail: buyerEmail(),
      paymentMethod: "crypto",
      coin: "trc20_usdt",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const orderId = created.body.order.id as string;
    // The reusable line is removed before the payment arrives.
    await db.stockItem.deleteMany({ where: { productId: product.id } });
    const confirmed = await as("POST", `/api/admin/orders/${orderId}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ outcome: "paid_undelivered", changed: true });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "paid", paymentFlag: "paid_undelivered" });
    expect(await db.paymentEvent.findFirstOrThrow({ where: { orderId } })).toMatchObject({ outcome: "paid_undelivered" });
    const listed = answers.flagged.parse((await as("GET", "/api/admin/payments/flagged?limit=100")).body).payments;
    expect(listed.find((item) => item.id === orderId)).toMatchObject({ flag: "paid_undelivered", status: "paid", received: null });
  });
});

describe("crypto settings and cashier rails", () => {
  let shop: Shop;
  let epay: FakeEpay;
  let alipay: FakeAlipay;
  let wechat: FakeWechat;
  beforeAll(async () => {
    [epay, alipay, wechat] = await Promise.all([startFakeEpay(), startFakeAlipay(), startFakeWechat()]);
    shop = await startShop(() => ({
      // Its rails point at this file's own fakes: its reconciliation jobs would take the
      // leases the cashier tests' servers need (they share the database), so it runs none.
      CASHIER_RECONCILE_SECONDS: "0",
      COIN_PRICES_USDT: "trx:0.25,eth:3500",
      ETH_CONFIRMATIONS: "20",
      PRICE_MARKUP_PERCENT: "1.5",
      EPAY_URL: epay.baseUrl,
      EPAY_PID: epay.pid,
      EPAY_KEY: epay.key,
      ...alipayEnv(alipay),
      PAY_WECHAT_RAIL: "epay",
      ...wechatEnv(wechat),
    }));
  });
  afterAll(async () => {
    await shop?.stop();
    await Promise.all([epay?.close(), alipay?.close(), wechat?.close()]);
    expect(shop.log()).not.toMatch(/unhandled error/);
    for (const secret of [epay.key, wechat.apiV3Key]) expect(shop.log()).not.toContain(secret);
  });
  const onShop = (method: string, path: string) => shop.call(path, { method, token: admin.token });

  it("says where prices come from, warns that fixed prices go stale, and shows the markup and confirmations", async () => {
    const fixed = answers.settings.parse((await onShop("GET", "/api/admin/payments/settings")).body).settings;
    expect(fixed).toMatchObject({
      price_source: "fixed",
      price_api_url: null,
      fixed_prices_stale_warning: true,
      price_markup_percent: "1.5",
    });
    expect(fixed.fixed_prices).toEqual(
      expect.arrayContaining([
        { coin: "trx", price_usdt: "0.25" },
        { coin: "btc", price_usdt: null },
      ]),
    );
    expect(fixed.confirmations).toEqual({ tron: "solidified", ethereum: 20, bsc: 15, bitcoin: 1 });
    // The suite's own server has no fixed prices at all: nothing to go stale.
    const plain = answers.settings.parse((await as("GET", "/api/admin/payments/settings")).body).settings;
    expect(plain).toMatchObject({ price_source: "fixed", fixed_prices_stale_warning: false });
  });

  it("shows each rail's state without a secret, and tests each connection with a real signed call that changes nothing", async () => {
    const { rails } = answers.rails.parse((await onShop("GET", "/api/admin/payments/rails")).body);
    expect(rails.map(({ rail, configured, serves }) => ({ rail, configured, serves }))).toEqual([
      { rail: "epay", configured: true, serves: ["wechat"] },
      { rail: "alipay", configured: true, serves: ["alipay"] },
      { rail: "wechat", configured: true, serves: [] },
    ]);
    expect(rails[0]!.warnings.join(" ")).toMatch(/MD5/);
    expect(rails[0]!.settings.EPAY_KEY).toBe("set");
    const shown = JSON.stringify(rails);
    for (const secret of [epay.key, wechat.apiV3Key, "PRIVATE KEY"]) expect(shown).not.toContain(secret);

    const before = epay.requests;
    for (const rail of ["epay", "alipay", "wechat"]) {
      const tested = answers.railTest.parse((await onShop("POST", `/api/admin/payments/rails/${rail}/test`)).body).test;
      expect(tested, rail).toMatchObject({ rail, ok: true });
    }
    expect(epay.requests).toBeGreaterThan(before);
    expect(epay.trades.size + alipay.trades.size + wechat.trades.size).toBe(0);

    epay.mode = "down";
    expect((await onShop("POST", "/api/admin/payments/rails/epay/test")).body.test).toMatchObject({
      ok: false,
      message: "epay: unreachable",
    });
    epay.mode = "ok";
    alipay.forgeAnswers = true;
    expect((await onShop("POST", "/api/admin/payments/rails/alipay/test")).body.test).toMatchObject({
      ok: false,
      message: expect.stringContaining("signature does not verify"),
    });
    alipay.forgeAnswers = false;
    expect((await onShop("POST", "/api/admin/payments/rails/paypal/test")).status).toBe(404);
    // On the suite's server no rail is configured: the test says so instead of calling anyone.
    const unconfigured = answers.railTest.parse((await as("POST", "/api/admin/payments/rails/epay/test")).body).test;
    expect(unconfigured).toMatchObject({ ok: false, message: "epay is not configured" });
  });
});

describe("the Bitcoin xpub", () => {
  // BIP84's test account ("abandon" x11 + "about"): its addresses are public test vectors.
  const ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs";
  const setting = () => db.setting.findUnique({ where: { key: "btc_xpub" } });
  afterAll(() => db.setting.deleteMany({ where: { key: "btc_xpub" } }));

  it("is entered in the console while BTC_XPUB is unset: checked, audited shortened, and Bitcoin orders get its BIP84 addresses", async () => {
    await db.setting.deleteMany({ where: { key: "btc_xpub" } });
    const shop = await startShop(() => ({ COIN_PRICES_USDT: "btc:60000", CASHIER_RECONCILE_SECONDS: "0" }));
    try {
      const onShop = (method: string, path: string, json?: unknown) => shop.call(path, { method, json, token: admin.token });
      expect(answers.addresses.parse((await onShop("GET", "/api/admin/payments/addresses")).body).xpub).toBeNull();
      const fixedBtc = await db.paymentAddress.create({
        // An address of another account's key would do as well: any valid bc1q address.
        data: {
          coin: "btc",
          address: receivingAddress(parseAccountKey(ZPUB), 1_000_000 + Math.floor(Math.random() * 1_000_000)),
          source: "admin",
        },
      });

      const audits = await auditCount();
      for (const body of [
        {},
        { xpub: "" },
        { xpub: 42 },
        { xpub: "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu" },
        { xpub: `${ZPUB.slice(0, -1)}t` },
        { xpub: `tpub${ZPUB.slice(4)}` },
        { xpub: ZPUB, extra: true },
      ]) {
        const refused = await onShop("PUT", "/api/admin/payments/xpub", body);
        expect(refused.status, JSON.stringify(body)).toBe(400);
        expect(JSON.stringify(refused.body)).not.toContain(ZPUB.slice(12, -8));
      }
      expect(await setting()).toBeNull();
      expect(await auditCount()).toBe(audits);

      const set = answers.xpub.parse((await onShop("PUT", "/api/admin/payments/xpub", { xpub: ` ${ZPUB} ` })).body);
      expect(set).toMatchObject({
        changed: true,
        xpub: { source: "admin", kind: "zpub", editable: true, key: `${ZPUB.slice(0, 12)}…${ZPUB.slice(-8)}` },
      });
      expect(await auditCount()).toBe(audits + 1);
      const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "payment_xpub.set" }, orderBy: { id: "desc" } });
      expect(entry).toMatchObject({ actorId: admin.id, entityType: "payment_xpub" });
      expect(`${entry.before} ${entry.after}`).not.toContain(ZPUB);
      expect(JSON.parse(entry.after!)).toMatchObject({ fixed_addresses_switched_off: 1 });
      // The fixed Bitcoin address is switched off: each order gets its own now.
      expect((await db.paymentAddress.findUniqueOrThrow({ where: { id: fixedBtc.id } })).active).toBe(false);
      expect((await onShop("PUT", "/api/admin/payments/xpub", { xpub: ZPUB })).body).toMatchObject({ changed: false });
      expect(await auditCount()).toBe(audits + 1);
      const listed = answers.addresses.parse((await onShop("GET", "/api/admin/payments/addresses")).body);
      expect(listed.xpub).toMatchObject({ source: "admin", editable: true });
      expect(listed.coins.find((coin) => coin.coin === "btc")).toMatchObject({ accepts_addresses: false, from_environment: false });
      expect((await onShop("POST", "/api/admin/payments/addresses", { coin: "btc", address: fixedBtc.address })).status).toBe(400);

      // Two orders: two different addresses of the key, at indexes the database hands out.
      const product = await makeProduct({ stock: 2, priceFen: 7_200n });
      const place = () =>
        shop.call("/api/orders/create", {
          json: { productId: product.id, quantity: 1, contactEmail: buyerEmail(), paymentMethod: "crypto", coin: "btc" },
        });
      const first = await eventually(place, (answer) => answer.status === 200);
      const second = await place();
      expect(second.status).toBe(200);
      const account = parseAccountKey(ZPUB);
      const next = (await db.btcDerivation.findFirstOrThrow({ where: { keyHash: createHash("sha256").update(ZPUB).digest("hex") } }))
        .nextIndex;
      const issued = [next - 2, next - 1].map((index) => receivingAddress(account, index));
      expect(new Set([first.body.payment.address, second.body.payment.address])).toEqual(new Set(issued));
      expect(answers.addresses.parse((await onShop("GET", "/api/admin/payments/addresses")).body).xpub?.addresses_issued).toBe(next);
      // Their addresses are no later file's to watch.
      await db.cryptoAmountLock.updateMany({
        where: { orderId: { in: [first.body.order.id, second.body.order.id] } },
        data: { lockedUntil: new Date(0) },
      });

      const removed = answers.xpub.parse((await onShop("PUT", "/api/admin/payments/xpub", { xpub: null })).body);
      expect(removed).toMatchObject({ xpub: null, changed: true });
      expect((await onShop("PUT", "/api/admin/payments/xpub", { xpub: null })).body).toMatchObject({ changed: false });
      expect(await auditCount()).toBe(audits + 2);
      expect(await setting()).toBeNull();
      expect(answers.addresses.parse((await onShop("GET", "/api/admin/payments/addresses")).body).xpub).toBeNull();
    } finally {
      await shop.stop();
    }
  });

  it("from BTC_XPUB is shown as fixed, and the console cannot enter, replace or remove one", async () => {
    const shop = await startShop(() => ({ BTC_XPUB: ZPUB, CASHIER_RECONCILE_SECONDS: "0" }));
    try {
      const onShop = (method: string, path: string, json?: unknown) => shop.call(path, { method, json, token: admin.token });
      const listed = answers.addresses.parse((await onShop("GET", "/api/admin/payments/addresses")).body);
      expect(listed.xpub).toMatchObject({ source: "env", editable: false, kind: "zpub" });
      const audits = await auditCount();
      const put = await onShop("PUT", "/api/admin/payments/xpub", { xpub: ZPUB });
      expect(put.status).toBe(409);
      expect(put.body).toMatchObject({ success: false, code: "conflict", error: "BTC_XPUB is set in the environment: change it there" });
      expect((await onShop("PUT", "/api/admin/payments/xpub", { xpub: null })).status).toBe(409);
      expect(await setting()).toBeNull();
      expect(await auditCount()).toBe(audits);
    } finally {
      await shop.stop();
    }
  });
});
