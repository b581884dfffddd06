// "Simulate payment (demo)": completes an order that pays a demo receiving address through
// confirmPayment (source `demo`), once; refused for an order paying a real address.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api } from "../support/api";
import { db, makeProduct, stockCounts } from "../support/fixtures";
import { snapshotAddresses, until } from "../support/crypto";
import { randomEvmAddress } from "../fakes/evm-rpc";

let restoreAddresses: () => Promise<void>;
const added: string[] = [];

beforeAll(async () => {
  restoreAddresses = await snapshotAddresses(["bep20_usdt", "erc20_usdt"]);
  added.push(
    (await db.paymentAddress.create({ data: { coin: "bep20_usdt", address: randomEvmAddress(), demo: true, source: "demo" } })).id,
  );
  added.push(
    (await db.paymentAddress.create({ data: { coin: "erc20_usdt", address: randomEvmAddress(), demo: false, source: "admin" } })).id,
  );
  // The server caches its payment configuration for 5 s.
  await until(async () => {
    const { body } = await api("/api/payment-config");
    const coins = body.methods.crypto.coins.map((c: { coin: string }) => c.coin);
    return coins.includes("bep20_usdt") && coins.includes("erc20_usdt");
  }, "both coins offered");
});

afterAll(async () => {
  await db.paymentAddress.deleteMany({ where: { id: { in: added } } });
  await restoreAddresses();
});

async function order(coin: string) {
  const product = await makeProduct({ priceFen: BigInt(randomInt(500, 90_000)), stock: 2 });
  const created = await api("/api/orders/create", {
    json: {
      productId: product.id,
      quantity: 1,
      contactEmail: `demo-${randomUUID().slice(0, 8)}@example.com`,
      paymentMethod: "crypto",
      coin,
    },
  });
  expect(created.status).toBe(200);
  return { product, order: created.body.order, payment: created.body.payment, token: created.body.access_token as string };
}
/** The order's payment page as a shopper gets it (server-rendered HTML). */
const paymentPage = async (id: string, token: string) =>
  (await fetch(`${inject("baseUrl")}/en/orders/${id}?token=${encodeURIComponent(token)}`)).text();
const simulate = (id: string, token: string) =>
  api(`/api/orders/${id}/simulate-payment?token=${encodeURIComponent(token)}`, { method: "POST" });

describe("POST /api/orders/:id/simulate-payment", () => {
  it("delivers an order that pays a demo address, once, recorded as source demo", async () => {
    const { product, order: created, payment, token } = await order("bep20_usdt");
    expect(payment).toMatchObject({ demo: true });
    expect(await paymentPage(created.id, token)).toContain('data-testid="simulate-payment"');
    expect((await simulate(created.id, "slo_wrong-token")).status).toBe(403);
    const first = await simulate(created.id, token);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ success: true, outcome: "delivered" });
    const again = await simulate(created.id, token);
    expect(again.body.outcome).toBe("duplicate");
    expect(await db.paymentEvent.findMany({ where: { orderId: created.id } })).toEqual([
      expect.objectContaining({ source: "demo", eventKey: `demo:${created.id}` }),
    ]);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 0, sold: 1 });
    const view = await api(`/api/orders/${created.id}/status?token=${encodeURIComponent(token)}`);
    expect(view.body).toMatchObject({ status: "completed", delivered: true });
  });

  it("refuses an order that pays a real address, and changes nothing", async () => {
    const { product, order: created, payment, token } = await order("erc20_usdt");
    expect(payment.demo).toBeUndefined();
    // The button is not offered on a real address's page (and the endpoint refuses it anyway).
    const page = await paymentPage(created.id, token);
    expect(page).toContain('data-testid="pay-amount"');
    expect(page).not.toContain('data-testid="simulate-payment"');
    const refused = await simulate(created.id, token);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ success: false, code: "forbidden" });
    expect((await db.order.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("pending");
    expect(await db.paymentEvent.count({ where: { orderId: created.id } })).toBe(0);
    expect(await stockCounts(product.id)).toEqual({ available: 1, reserved: 1, sold: 0 });
    expect((await simulate(randomUUID(), token)).status).toBe(404);
  });
});
