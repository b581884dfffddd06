import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { apiDocEndpoints, endpointKey } from "./api-docs";
import { openApiDocument } from "./openapi";
import { curlExample, localizeComments, nodeExample, pythonExample, withApiBase } from "./published-examples";

const endpoints = apiDocEndpoints(openApiDocument("test"));
const byKey = (key: string) => endpoints.find((endpoint) => endpoint.key === key)!;

describe("the API docs model", () => {
  it("lists the public endpoints with method and path", () => {
    expect(endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)).toEqual([
      "GET /api/products",
      "GET /api/products/:idOrSlug",
      "POST /api/orders/create",
      "GET /api/orders/query",
      "GET /api/orders/:id/status",
      "POST /api/orders/:id/simulate-payment",
      "GET /api/payment-config",
      "POST /api/auth/login",
      "POST /api/auth/register",
      "POST /api/auth/logout",
      "POST /api/auth/change-password",
      "POST /api/topups",
      "GET /api/topups/:topupId",
      "POST /api/auth/forgot-password",
      "POST /api/auth/reset-password",
    ]);
  });

  it("takes the order body's fields and rules from the zod schema that validates it", () => {
    const create = byKey("postOrdersCreate");
    expect(create.auth).toBe("optional");
    const field = (name: string) => create.fields.find((candidate) => candidate.name === name);
    expect(field("productId")).toMatchObject({ in: "body", type: "string", required: true, rules: [{ kind: "length", min: 1, max: 100 }] });
    expect(field("quantity")).toMatchObject({ type: "integer", required: true, rules: [{ kind: "range", min: 1, max: 200 }] });
    expect(field("contactEmail")).toMatchObject({
      required: true,
      rules: [
        { kind: "format", format: "email" },
        { kind: "length", max: 254 },
      ],
    });
    expect(field("paymentMethod")?.rules).toEqual([
      { kind: "oneOf", values: ["crypto", "balance_cny", "balance_crypto", "alipay", "wechat"] },
    ]);
    expect(field("coin")).toMatchObject({ required: false });
    expect(field("Idempotency-Key")).toMatchObject({ in: "header", required: false });
  });

  it("keeps the published error strings of each answer", () => {
    const create = byKey("postOrdersCreate");
    expect(create.responses.find((response) => response.status === "400")?.errors).toEqual(
      expect.arrayContaining(["Minimum quantity is N", "Quantity cannot exceed 200", "Insufficient stock", "Insufficient balance"]),
    );
    expect(byKey("getOrdersQuery").responses.map((response) => response.status)).toEqual(["200", "400", "404", "429"]);
    expect(byKey("postAuthLogout").auth).toBe("required");
    expect(byKey("getProducts").auth).toBe("none");
  });

  it("has a translated description for every endpoint and field, in both languages", () => {
    for (const messages of [zh, en]) {
      const endpointTexts = messages.ApiDocs.endpoints as Record<string, string>;
      const fieldTexts = messages.ApiDocs.fields as Record<string, string>;
      for (const endpoint of endpoints) {
        expect(endpointTexts[endpoint.key], endpoint.key).toBeTruthy();
        for (const field of endpoint.fields) expect(fieldTexts[field.name], `${endpoint.key} ${field.name}`).toBeTruthy();
      }
    }
  });

  it("names endpoints by method and path", () => {
    expect(endpointKey("get", "/orders/{id}/status")).toBe("getOrdersIdStatus");
    expect(endpointKey("get", "/payment-config")).toBe("getPaymentConfig");
  });
});

describe("the published examples", () => {
  it("point at the shop's own API root", () => {
    for (const snippet of [pythonExample, nodeExample, curlExample]) {
      const swapped = withApiBase(snippet, "http://shop.test/api");
      expect(swapped).not.toContain("getgmailstore.com");
      expect(swapped).toContain("http://shop.test/api");
    }
  });

  it("translate their comments for the English page and change nothing else", () => {
    expect(localizeComments(pythonExample, "zh")).toBe(pythonExample);
    const english = localizeComments(curlExample, "en");
    expect(english).toContain("# List the products\ncurl -X GET");
    expect(english).toContain("# Pay from the CNY balance");
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(localizeComments(nodeExample, "en")).toContain("// Create an order\nconst order");
    expect(english.replace(/^#.*$/gm, "")).toBe(curlExample.replace(/^#.*$/gm, ""));
  });
});
