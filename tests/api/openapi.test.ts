// The published OpenAPI document matches the contract, and real answers parse with the
// schemas it is generated from (so the document cannot drift from the API).
import { beforeAll, describe, expect, it } from "vitest";
import { api, createOrder } from "../support/api";
import { makeProduct, makeUser } from "../support/fixtures";
import { enableCoin } from "../support/receiving-address";
import * as schemas from "@/lib/api/response-schemas";

beforeAll(() => enableCoin("trc20_usdt", "TOpenApiTestReceivingAddress000001"));

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document of every public path, with the request schemas that validate input", async () => {
    const { status, body } = await api("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(body.servers).toEqual([{ url: "/api" }]);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/products",
        "/products/{idOrSlug}",
        "/orders/create",
        "/orders/query",
        "/orders/{id}/status",
        "/payment-config",
        "/auth/login",
      ]),
    );
    const create = body.paths["/orders/create"].post.requestBody.content["application/json"].schema;
    expect(create.required).toEqual(["productId", "quantity", "contactEmail", "paymentMethod"]);
    expect(create.properties.quantity).toMatchObject({ type: "integer", minimum: 1, maximum: 200 });
    expect(create.properties.paymentMethod.enum).toEqual(["crypto", "balance_cny", "balance_crypto", "alipay", "wechat"]);
    expect(create.properties.coin.enum).toContain("trc20_usdt");
    expect(create.additionalProperties).toBe(false);
    expect(JSON.stringify(body.paths["/orders/query"])).toContain("Please provide both order number and email");
  });
});

describe("real answers parse with the documented schemas", () => {
  it("products, orders (crypto and balance), status, lookup and login", async () => {
    const product = await makeProduct({ stock: 5, tiers: [{ minQuantity: 3, priceFen: 80n }] });
    const user = await makeUser({ balanceFen: 10_000n });

    schemas.productSchema.array().parse((await api("/api/products")).body.products);
    schemas.productSchema.parse((await api(`/api/products/${product.slug}`)).body.product);

    const crypto = await createOrder({
      productId: product.id,
      quantity: 1,
      contactEmail: user.email,
      paymentMethod: "crypto",
      coin: "trc20_usdt",
    });
    schemas.createdOrderSchema.parse(crypto.body);
    const paid = await createOrder(
      { productId: product.id, quantity: 3, contactEmail: user.email, paymentMethod: "balance_cny" },
      { token: user.token },
    );
    const created = schemas.createdOrderSchema.parse(paid.body);
    expect(created.accounts).toHaveLength(3);

    schemas.statusSchema.parse((await api(`/api/orders/${crypto.body.order.id}/status`)).body);
    schemas.statusSchema.parse((await api(`/api/orders/${paid.body.order.id}/status?token=${paid.body.access_token}`)).body);
    schemas.lookupSchema.parse(
      (await api(`/api/orders/query?order_no=${paid.body.order.order_no}&email=${encodeURIComponent(user.email)}`)).body,
    );
    schemas.loginSchema.parse((await api("/api/auth/login", { json: { email: user.email, password: user.password } })).body);
    schemas.errorSchema.parse((await api("/api/products/no-such-product")).body);
  });
});
