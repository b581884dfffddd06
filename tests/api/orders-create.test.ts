// Contract tests of POST /api/orders/create: fields, reservation, balance payment and
// delivery, the published errors, wholesale tiers, coupons and Idempotency-Key.
import { enableCoin } from "../support/receiving-address";
import { claimFor } from "@/lib/orders/idempotency";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder, randomIp } from "../support/api";
import { balances, db, makeCoupon, makeProduct, makeUser, stockCounts } from "../support/fixtures";

const COIN = "trc20_usdt";
/** A fresh contact email per order, in mixed case (an email may hold only 5 unpaid orders at once). */
const newEmail = () => `Buyer-${randomUUID().slice(0, 8)}@Example.com`;
const TTL_MINUTES = Number(process.env.ORDER_TTL_MINUTES ?? 15);
// This run's own receiving address, so no other file's orders hold its (address, amount) pairs.
const ADDRESS = `TTest${randomUUID().replaceAll("-", "").slice(0, 29)}`;
let rateMicro = 0n; // CNY per USDT in micro-CNY, as the server publishes it

const cryptoOrder = (productId: string, extra: Record<string, unknown> = {}) =>
  createOrder({ productId, quantity: 1, contactEmail: newEmail(), paymentMethod: "crypto", coin: COIN, ...extra });

const balanceOrder = (token: string | undefined, productId: string, extra: Record<string, unknown> = {}) =>
  createOrder({ productId, quantity: 1, contactEmail: newEmail(), paymentMethod: "balance_cny", ...extra }, { token });

/** Independent of the server's maths: fen -> micro-USDT, rounded up. */
const microUsdt = (fen: bigint) => (fen * 10_000_000_000n + rateMicro - 1n) / rateMicro;

/** "1.39" -> 139n; also checks the string has at most 2 decimals (the coin's step is 0.01). */
function usdtCents(amount: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) throw new Error(`not a 0.01-step decimal string: ${amount}`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

beforeAll(async () => {
  const body = await enableCoin(COIN, ADDRESS);
  expect(body.cny_per_usdt).toBe(process.env.CNY_PER_USDT ?? "7.20");
  const [whole, fraction = ""] = String(body.cny_per_usdt).split(".");
  rateMicro = BigInt(whole! + fraction.padEnd(6, "0"));
});

describe("crypto orders", () => {
  it("answers the contract's fields and reserves the items until expires_at", async () => {
    const product = await makeProduct({ priceFen: 1_357n, stock: 10 });
    const { status, body } = await cryptoOrder(product.id, { quantity: 3 });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    const { order, payment } = body;
    expect(order).toMatchObject({
      status: "pending",
      product_id: product.id,
      quantity: 3,
      unit_price: 13.57,
      discount: 0,
      amount: 40.71,
      currency: "CNY",
      payment_method: "crypto",
      contact_email: expect.stringMatching(/^buyer-[0-9a-f]{8}@example\.com$/),
    });
    expect(order.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(order.order_no).toMatch(/^GS\d{10}[A-Z]{4}$/);
    const created = Date.parse(order.created_at);
    expect(Math.abs(created - Date.now())).toBeLessThan(60_000);
    expect(Date.parse(order.expires_at) - created).toBe(TTL_MINUTES * 60_000);

    expect(payment).toMatchObject({ coin: COIN, network: "TRON" });
    expect(typeof payment.amount).toBe("string");
    expect(usdtCents(payment.amount)).toBeGreaterThan(0n);
    const pool = await db.paymentAddress.findMany({ where: { coin: COIN, active: true } });
    expect(pool.map((row) => row.address)).toContain(payment.address);
    expect(typeof body.access_token).toBe("string");
    expect(body.access_token.length).toBeGreaterThan(20);

    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ orderNo: order.order_no, amountFen: 4_071n, payAddress: payment.address });
    expect(row.accessTokenHash).not.toContain(body.access_token);
    expect(await stockCounts(product.id)).toEqual({ available: 7, reserved: 3, sold: 0 });
    expect(await db.stockItem.count({ where: { orderId: order.id, status: "reserved" } })).toBe(3);
    expect((await api(`/api/products/${product.id}`)).body.product.stock).toBe(7);
  });

  it("asks for the CNY amount in USDT at the published rate, rounded up to 0.01", async () => {
    // Prices picked so that no other order asks for the same USDT amount on the shared pool, in
    // this file or another running beside it (a taken amount gets a sub-cent step added: 1.0003
    // when other files had three 7.20 CNY orders pending); 367.20 CNY is exactly 51 USDT.
    for (const fen of [1n, 36_720n, 1_000n, 12_345n]) {
      const product = await makeProduct({ priceFen: fen, stock: 1 });
      const { status, body } = await cryptoOrder(product.id);
      expect(status).toBe(200);
      expect(body.order.amount).toBe(Number(fen) / 100);
      const expectedCents = (microUsdt(fen) + 9_999n) / 10_000n;
      expect(usdtCents(body.payment.amount), `price ${fen} fen`).toBe(expectedCents);
    }
  });

  it("gives two concurrent orders of the same amount different (address, amount) pairs", async () => {
    const product = await makeProduct({ priceFen: 4_321n, stock: 4 });
    const [a, b] = await Promise.all([cryptoOrder(product.id), cryptoOrder(product.id)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.order.amount).toBe(b.body.order.amount);
    const pair = (r: typeof a) => `${r.body.payment.address}|${r.body.payment.amount}`;
    expect(pair(a)).not.toBe(pair(b));
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 2, sold: 0 });
  });
});

describe("balance orders", () => {
  it("balance_cny pays, debits exactly the amount and delivers in the same response", async () => {
    const lines = ["alice@example.com----pa55----2fa-seed----note", "bob@example.com----hunter2", "LICENCE-KEY-NO-DELIMITER"];
    const product = await makeProduct({ priceFen: 250n, lines: [...lines, "spare@example.com----spare"] });
    const user = await makeUser({ balanceFen: 10_000n });
    const { status, body } = await balanceOrder(user.token, product.id, { quantity: 3 });
    expect(status).toBe(200);
    expect(body.order).toMatchObject({ status: "completed", amount: 7.5, payment_method: "balance_cny", quantity: 3 });
    expect(body.access_token).toEqual(expect.any(String));

    const expected: Record<string, object> = {
      [lines[0]!]: { account: "alice@example.com", password: "pa55", extra: ["2fa-seed", "note"], raw: lines[0] },
      [lines[1]!]: { account: "bob@example.com", password: "hunter2", extra: [], raw: lines[1] },
      [lines[2]!]: { account: null, password: null, extra: [], raw: lines[2] },
    };
    expect(body.accounts).toHaveLength(3);
    for (const account of body.accounts) expect(account).toEqual(expected[account.raw]);
    expect(new Set(body.accounts.map((a: { raw: string }) => a.raw)).size).toBe(3);

    const after = await balances(user.id);
    expect(after.cny).toBe(10_000n - 750n);
    expect(after.ledgerCny).toBe(after.cny);
    expect(after.usdt).toBe(0n);
    const entry = await db.ledgerEntry.findFirstOrThrow({ where: { userId: user.id, reference: body.order.order_no } });
    expect(entry).toMatchObject({ currency: "CNY", amount: -750n, balanceAfter: 9_250n });
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 3 });
    expect((await api(`/api/products/${product.id}`)).body.product.stock).toBe(1);
    // Written with the transaction's COMMIT (lib/db/hot-transaction.ts, atCommit), once.
    expect(
      await db.paymentEvent.findMany({ where: { orderId: body.order.id }, select: { source: true, outcome: true, amount: true } }),
    ).toEqual([{ source: "balance_cny", outcome: "paid", amount: "750" }]);
    expect(await db.mailOutbox.count({ where: { dedupeKey: `order_delivered:${body.order.id}` } })).toBe(1);
  });

  it("balance_crypto debits micro-USDT at the rate, rounded up, and leaves CNY alone", async () => {
    const product = await makeProduct({ priceFen: 1_234n, stock: 3 });
    const user = await makeUser({ balanceFen: 5_000n, balanceUsdtMicro: 10_000_000n });
    const { status, body } = await createOrder(
      { productId: product.id, quantity: 2, contactEmail: newEmail(), paymentMethod: "balance_crypto" },
      { token: user.token },
    );
    expect(status).toBe(200);
    expect(body.order).toMatchObject({ status: "completed", amount: 24.68, currency: "CNY", payment_method: "balance_crypto" });
    expect(body.accounts).toHaveLength(2);
    const debit = microUsdt(2_468n);
    expect(debit).toBe(3_427_778n); // 24.68 / 7.20 = 3.4277777... USDT, rounded up
    const after = await balances(user.id);
    expect(after).toMatchObject({ cny: 5_000n, usdt: 10_000_000n - debit, ledgerCny: 5_000n });
    expect(after.ledgerUsdt).toBe(after.usdt);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 2 });
  });

  it("answers 401 to balance methods without a valid token and reserves nothing", async () => {
    const product = await makeProduct({ stock: 3 });
    const user = await makeUser({ balanceFen: 1_000n, balanceUsdtMicro: 1_000_000n });
    for (const paymentMethod of ["balance_cny", "balance_crypto"]) {
      for (const token of [undefined, "slu_not-a-real-token", `${user.token}x`]) {
        const { status, body } = await balanceOrder(token, product.id, { paymentMethod });
        expect(status, `${paymentMethod} with token ${token}`).toBe(401);
        expect(body.success).toBe(false);
        expect(body.error).toEqual(expect.any(String));
      }
    }
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 0 });
    expect(await db.order.count({ where: { productId: product.id } })).toBe(0);
    expect(await balances(user.id)).toMatchObject({ cny: 1_000n, usdt: 1_000_000n });
  });
});

describe("published errors", () => {
  const expectError = (r: { status: number; body: Record<string, any> }, status: number, error: string) =>
    expect({ status: r.status, success: r.body.success, error: r.body.error }).toEqual({ status, success: false, error });

  it("Product not found: unknown id, a slug, an unlisted product", async () => {
    const listed = await makeProduct({ stock: 2 });
    const hidden = await makeProduct({ listed: false, stock: 2 });
    for (const productId of [randomUUID(), listed.slug, hidden.id]) expectError(await cryptoOrder(productId), 404, "Product not found");
    expect(await stockCounts(listed.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
    expect(await stockCounts(hidden.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
  });

  it("Minimum quantity is N and Quantity cannot exceed N", async () => {
    const product = await makeProduct({ minQuantity: 5, stock: 210 });
    expectError(await cryptoOrder(product.id, { quantity: 4 }), 400, "Minimum quantity is 5");
    expectError(await cryptoOrder(product.id, { quantity: 201 }), 400, "Quantity cannot exceed 200");
    const capped = await makeProduct({ maxQuantity: 10, stock: 12 });
    expectError(await cryptoOrder(capped.id, { quantity: 11 }), 400, "Quantity cannot exceed 10");
    expect(await stockCounts(product.id)).toEqual({ available: 210, reserved: 0, sold: 0 });
    expect((await cryptoOrder(capped.id, { quantity: 10 })).status).toBe(200);
    expect(await stockCounts(capped.id)).toEqual({ available: 2, reserved: 10, sold: 0 });
  });

  it("Insufficient stock: nothing reserved, no order, no coupon use, no amount lock kept", async () => {
    const product = await makeProduct({ priceFen: 9_871n, stock: 2 });
    const coupon = await makeCoupon({ value: 1, remainingUses: 3 });
    // Other files' orders may hold a lock at the same amount (seen in CI): none is added here.
    const atomic = ((microUsdt(3n * 9_871n - 1n) + 9_999n) / 10_000n) * 10_000n;
    const locksAtAmount = () => db.cryptoAmountLock.count({ where: { coin: COIN, amount: atomic.toString() } });
    const locksBefore = await locksAtAmount();
    expectError(await cryptoOrder(product.id, { quantity: 3, couponCode: coupon.code }), 400, "Insufficient stock");
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
    expect(await db.order.count({ where: { productId: product.id } })).toBe(0);
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ remainingUses: 3, usedCount: 0 });
    expect(await locksAtAmount()).toBe(locksBefore);
  });

  it("Insufficient balance: nothing debited, nothing reserved, coupon use not taken", async () => {
    const product = await makeProduct({ priceFen: 500n, stock: 2 });
    const user = await makeUser({ balanceFen: 100n, balanceUsdtMicro: 10n });
    const coupon = await makeCoupon({ value: 10, remainingUses: 5 });
    expectError(await balanceOrder(user.token, product.id, { couponCode: coupon.code }), 400, "Insufficient balance");
    const email = newEmail().toLowerCase();
    expectError(
      await balanceOrder(user.token, product.id, { paymentMethod: "balance_crypto", contactEmail: email }),
      400,
      "Insufficient balance",
    );
    expect(await balances(user.id)).toEqual({ cny: 100n, usdt: 10n, ledgerCny: 100n, ledgerUsdt: 10n });
    // The delivery mail went in the same message as the refused debit, and was rolled back with it.
    expect(await db.mailOutbox.count({ where: { toAddress: email } })).toBe(0);
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
    expect(await db.order.count({ where: { productId: product.id } })).toBe(0);
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ remainingUses: 5, usedCount: 0 });
  });

  it("alipay and wechat are 400 Payment method not available; crypto needs a coin", async () => {
    const product = await makeProduct({ stock: 2 });
    for (const paymentMethod of ["alipay", "wechat"]) {
      expectError(await cryptoOrder(product.id, { paymentMethod, coin: undefined }), 400, "Payment method not available");
    }
    const noCoin = await cryptoOrder(product.id, { coin: undefined });
    expect(noCoin.status).toBe(400);
    expect(noCoin.body).toMatchObject({ success: false, error: expect.stringMatching(/coin/i) });
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
  });
});

describe("wholesale tiers", () => {
  it("the highest tier whose min_quantity <= quantity sets the unit price", async () => {
    const product = await makeProduct({
      priceFen: 100n,
      stock: 179,
      tiers: [
        { minQuantity: 50, priceFen: 80n },
        { minQuantity: 10, priceFen: 90n },
        { minQuantity: 100, priceFen: 70n },
      ],
    });
    const cases = [
      { quantity: 9, unit: 1, amount: 9 },
      { quantity: 10, unit: 0.9, amount: 9 },
      { quantity: 60, unit: 0.8, amount: 48 },
      { quantity: 100, unit: 0.7, amount: 70 },
    ];
    for (const { quantity, unit, amount } of cases) {
      const { status, body } = await cryptoOrder(product.id, { quantity });
      expect(status).toBe(200);
      expect(body.order, `quantity ${quantity}`).toMatchObject({ quantity, unit_price: unit, amount, discount: 0 });
    }
    expect(await stockCounts(product.id)).toEqual({ available: 0, reserved: 179, sold: 0 });
  });
});

describe("coupons", () => {
  it("applies percent and fixed discounts and takes one use each", async () => {
    const product = await makeProduct({ priceFen: 1_000n, stock: 4 });
    const percent = await makeCoupon({ kind: "percent", value: 15, remainingUses: 10 });
    const fixed = await makeCoupon({ kind: "fixed", value: 250, remainingUses: null, productId: product.id });

    const a = await cryptoOrder(product.id, { quantity: 2, couponCode: percent.code });
    expect(a.status).toBe(200);
    expect(a.body.order).toMatchObject({ unit_price: 10, discount: 3, amount: 17 });
    const b = await cryptoOrder(product.id, { quantity: 2, couponCode: fixed.code.toLowerCase() });
    expect(b.status).toBe(200);
    expect(b.body.order).toMatchObject({ unit_price: 10, discount: 2.5, amount: 17.5 });

    expect(await db.coupon.findUniqueOrThrow({ where: { id: percent.id } })).toMatchObject({ remainingUses: 9, usedCount: 1 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: fixed.id } })).toMatchObject({ remainingUses: null, usedCount: 1 });
    expect(await db.order.findUniqueOrThrow({ where: { id: a.body.order.id } })).toMatchObject({ couponId: percent.id, discountFen: 300n });
  });

  it("refuses another product's, expired, used-up and unknown coupons with a 400", async () => {
    const product = await makeProduct({ stock: 2 });
    const other = await makeProduct({ stock: 1 });
    const coupons = [
      await makeCoupon({ productId: other.id }),
      await makeCoupon({ expiresAt: new Date(Date.now() - 60_000) }),
      await makeCoupon({ remainingUses: 0 }),
    ];
    for (const code of [...coupons.map((c) => c.code), "NO-SUCH-COUPON"]) {
      const { status, body } = await cryptoOrder(product.id, { couponCode: code });
      expect(status, code).toBe(400);
      expect(body).toMatchObject({ success: false, error: expect.stringMatching(/coupon/i) });
    }
    expect(await stockCounts(product.id)).toEqual({ available: 2, reserved: 0, sold: 0 });
    for (const coupon of coupons) {
      const row = await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } });
      expect(row).toMatchObject({ remainingUses: coupon.remainingUses, usedCount: 0 });
    }
  });
});

describe("Idempotency-Key", () => {
  // A retry comes from the same client address (anonymous keys are scoped to it).
  const key = () => ({ "idempotency-key": `test-${randomUUID()}`, "x-forwarded-for": randomIp() });

  it("the same key and body answer the same order once; another body is a 422", async () => {
    const product = await makeProduct({ priceFen: 777n, stock: 5 });
    const headers = key();
    const json = { productId: product.id, quantity: 2, contactEmail: newEmail(), paymentMethod: "crypto", coin: COIN };
    const first = await createOrder(json, { headers });
    const second = await createOrder(json, { headers });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.order).toEqual(first.body.order);
    expect(second.body.payment).toEqual(first.body.payment);
    expect(second.body.access_token).toBe(first.body.access_token);
    expect(await db.order.count({ where: { productId: product.id } })).toBe(1);
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 2, sold: 0 });

    const changed = await createOrder({ ...json, quantity: 1 }, { headers });
    expect(changed.status).toBe(422);
    expect(changed.body).toMatchObject({ success: false, error: expect.stringMatching(/Idempotency-Key/) });
    expect(await db.order.count({ where: { productId: product.id } })).toBe(1);
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 2, sold: 0 });
  });

  it("an anonymous key is replayed only to the address that sent it: another client with the same key and body gets its own order", async () => {
    const product = await makeProduct({ priceFen: 555n, stock: 5 });
    const headers = key();
    const json = { productId: product.id, quantity: 1, contactEmail: newEmail(), paymentMethod: "crypto", coin: COIN };
    const first = await createOrder(json, { headers });
    const stranger = await createOrder(json, { headers: { ...headers, "x-forwarded-for": randomIp() } });
    expect([first.status, stranger.status]).toEqual([200, 200]);
    expect(stranger.body.access_token).not.toBe(first.body.access_token);
    expect(stranger.body.order.id).not.toBe(first.body.order.id);
    expect(stranger.body).not.toHaveProperty("idempotent_replay");
    const retry = await createOrder(json, { headers });
    expect(retry.body).toMatchObject({ idempotent_replay: true, access_token: first.body.access_token });
  });

  it("a signed-in caller's key is theirs from any address", async () => {
    const product = await makeProduct({ priceFen: 300n, stock: 5 });
    const user = await makeUser({ balanceFen: 10_000n });
    const { "idempotency-key": idempotencyKey } = key();
    const json = { productId: product.id, quantity: 1, contactEmail: newEmail(), paymentMethod: "balance_cny" };
    const first = await createOrder(json, { token: user.token, headers: { "idempotency-key": idempotencyKey } });
    const elsewhere = await createOrder(json, { token: user.token, headers: { "idempotency-key": idempotencyKey } });
    expect(elsewhere.body).toMatchObject({ idempotent_replay: true, order: { id: first.body.order.id } });
    const other = await makeUser({ balanceFen: 10_000n });
    const otherUser = await createOrder(json, { token: other.token, headers: { "idempotency-key": idempotencyKey } });
    expect(otherUser.body.order.id).not.toBe(first.body.order.id);
  });

  it("two concurrent requests with the same key make one order and one debit", async () => {
    const product = await makeProduct({ priceFen: 300n, stock: 5 });
    const user = await makeUser({ balanceFen: 10_000n });
    const headers = key();
    const json = { productId: product.id, quantity: 2, contactEmail: newEmail(), paymentMethod: "balance_cny" };
    const [a, b] = await Promise.all([
      createOrder(json, { token: user.token, headers }),
      createOrder(json, { token: user.token, headers }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.order.id).toBe(a.body.order.id);
    expect(b.body.order.order_no).toBe(a.body.order.order_no);
    expect(b.body.accounts).toEqual(a.body.accounts);
    expect(await db.order.count({ where: { productId: product.id } })).toBe(1);
    expect(await stockCounts(product.id)).toEqual({ available: 3, reserved: 0, sold: 2 });
    const after = await balances(user.id);
    expect(after.cny).toBe(10_000n - 600n);
    expect(after.ledgerCny).toBe(after.cny);
  });

  it("forgets a key's answer after 24 hours (the in-process sweeper), so the key makes a new order", async () => {
    const product = await makeProduct({ priceFen: 300n, stock: 5 });
    const headers = key();
    const json = { productId: product.id, quantity: 1, contactEmail: newEmail(), paymentMethod: "crypto", coin: COIN };
    const first = await createOrder(json, { headers });
    expect(first.status).toBe(200);
    const record = { key: claimFor(headers["idempotency-key"], { userId: null, clientIp: headers["x-forwarded-for"] }, json)!.key };
    await db.idempotencyRecord.update({ where: record, data: { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) } });
    const deadline = Date.now() + 10_000;
    while (await db.idempotencyRecord.findUnique({ where: record })) {
      if (Date.now() > deadline) throw new Error("the sweeper did not forget the day-old answer");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const again = await createOrder(json, { headers });
    expect(again.status).toBe(200);
    expect(again.body.order.id).not.toBe(first.body.order.id);
  });
});
