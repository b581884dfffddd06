// Real orders for the browser tests, made through the public API of the test server and
// paid from the demo shopper's balance (global-setup.ts reads its password from the seed).
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";

export type DeliveredAccount = { account: string | null; password: string | null; extra: string[]; raw: string };
export type PlacedOrder = {
  id: string;
  orderNo: string;
  email: string;
  token: string;
  accounts: DeliveredAccount[];
  /** The contract's amounts in yuan, as the API answered them. */
  amounts: { unitPrice: number; discount: number; amount: number };
};

/** A client address of its own per test: the server trusts one proxy hop in the e2e run. */
export const randomIp = () => `10.${[...randomBytes(3)].join(".")}`;

async function post(request: APIRequestContext, path: string, data: object, headers: Record<string, string> = {}) {
  const response = await request.post(path, { data, headers: { "x-forwarded-for": randomIp(), ...headers } });
  const body = await response.json();
  expect(body, `${path} answered ${response.status()}`).toMatchObject({ success: true });
  return body;
}

/** A completed order for a fresh contact email, paid with balance_cny (with a coupon when given). */
export async function completedOrder(
  request: APIRequestContext,
  slug = "streaming-month",
  quantity = 2,
  couponCode?: string,
): Promise<PlacedOrder> {
  const { token: bearer } = await post(request, "/api/auth/login", {
    email: process.env.E2E_SHOPPER_EMAIL,
    password: process.env.E2E_SHOPPER_PASSWORD,
  });
  const product = await (await request.get(`/api/products/${slug}`)).json();
  const email = `buyer-${randomBytes(4).toString("hex")}@example.com`;
  const created = await post(
    request,
    "/api/orders/create",
    { productId: product.product.id, quantity, contactEmail: email, paymentMethod: "balance_cny", ...(couponCode ? { couponCode } : {}) },
    { authorization: `Bearer ${bearer}` },
  );
  expect(created.order.status).toBe("completed");
  const { unit_price: unitPrice, discount, amount } = created.order;
  return {
    id: created.order.id,
    orderNo: created.order.order_no,
    email,
    token: created.access_token,
    accounts: created.accounts,
    amounts: { unitPrice, discount, amount },
  };
}

/** A pending crypto order (no account needed): a demo receiving address and an exact amount. */
export async function pendingCryptoOrder(request: APIRequestContext) {
  const product = await (await request.get("/api/products/streaming-month")).json();
  const email = `buyer-${randomBytes(4).toString("hex")}@example.com`;
  const created = await post(request, "/api/orders/create", {
    productId: product.product.id,
    quantity: 1,
    contactEmail: email,
    paymentMethod: "crypto",
    coin: "trc20_usdt",
  });
  return {
    id: created.order.id as string,
    orderNo: created.order.order_no as string,
    email,
    token: created.access_token as string,
    payment: created.payment as { address: string; amount: string },
  };
}
