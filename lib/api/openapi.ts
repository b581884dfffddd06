// GET /api/openapi.json: the OpenAPI 3.1 document of the public API, generated from the zod
// schemas that validate requests (lib/orders/schemas.ts, lib/auth/users.ts) and the response
// schemas the API tests check real answers against (./response-schemas.ts).
import { z } from "zod";
import { createOrderSchema } from "../orders/schemas";
import { credentialsSchema, registrationSchema } from "../auth/users";
import * as responses from "./response-schemas";
import { adminPaths, adminSecuritySchemes } from "./openapi-admin";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
const ok = (schema: z.ZodType, description = "OK") => ({ description, content: { "application/json": { schema: json(schema) } } });
const fail = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: json(schema) } } });
const pathParam = (name: string, description: string) => ({ name, in: "path", required: true, schema: { type: "string" }, description });
const queryParam = (name: string, description: string, required = true) => ({ name, in: "query", required, schema: { type: "string" }, description });

export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Stockline public API",
      version,
      description:
        "Every answer carries `success`; every error is `{success:false, error}` with the published message. " +
        "CNY amounts are numbers with at most 2 decimals; crypto amounts are decimal strings in coin units.",
    },
    servers: [{ url: "/api" }],
    components: {
      schemas: { Error: json(responses.errorSchema) },
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "token from POST /api/auth/login" }, ...adminSecuritySchemes },
    },
    paths: {
      "/products": {
        get: {
          summary: "All listed products with unit price and live stock",
          responses: { 200: ok(z.object({ success: z.literal(true), products: z.array(responses.productSchema) })) },
        },
      },
      "/products/{idOrSlug}": {
        get: {
          summary: "One product, by id or slug",
          parameters: [pathParam("idOrSlug", "product id or slug")],
          responses: {
            200: ok(z.object({ success: z.literal(true), product: responses.productSchema })),
            404: fail("`Product not found`"),
          },
        },
      },
      "/orders/create": {
        post: {
          summary: "Create an order; balance methods pay and deliver in the same request",
          security: [{}, { bearer: [] }],
          parameters: [
            { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 255 }, description: "a retry with the same key returns the first answer (24 h)" },
          ],
          requestBody: body(createOrderSchema),
          responses: {
            200: ok(responses.createdOrderSchema),
            400: fail("`Minimum quantity is N`, `Quantity cannot exceed 200`, `Insufficient stock`, `Insufficient balance`, `Payment method not available`, invalid coupon or input"),
            401: fail("balance methods without a valid bearer token"),
            404: fail("`Product not found` (a slug is not accepted here)"),
            422: fail("Idempotency-Key reused with another body"),
          },
        },
      },
      "/orders/query": {
        get: {
          summary: "An order and its delivered items, by order number + email (3 per 60 s per IP, 2 per 60 s per pair)",
          parameters: [queryParam("order_no", "order number, e.g. GS2604291234ABCD"), queryParam("email", "the order's contact email")],
          responses: {
            200: ok(responses.lookupSchema),
            400: fail("`Please provide both order number and email`"),
            404: fail("`Order not found`"),
            429: fail("`Too many requests`, with a Retry-After header"),
          },
        },
      },
      "/orders/{id}/status": {
        get: {
          summary: "Payment and delivery status; payment details and items with the order's access token",
          parameters: [pathParam("id", "order id or order number"), queryParam("token", "the order's access_token", false)],
          responses: { 200: ok(responses.statusSchema), 403: fail("wrong token"), 404: fail("`Order not found`") },
        },
      },
      "/payment-config": {
        get: { summary: "Enabled payment methods and coins, and the CNY/USDT rate", responses: { 200: { description: "OK" } } },
      },
      "/auth/login": {
        post: {
          summary: "Email + password -> bearer token",
          requestBody: body(credentialsSchema),
          responses: {
            200: ok(responses.loginSchema),
            401: fail("`Invalid email or password`; `Two-factor code required` or `Invalid two-factor code` for an account with two-factor sign-in"),
            403: fail("`Account disabled`"),
            429: fail("`Too many requests`"),
          },
        },
      },
      "/auth/register": {
        post: { summary: "Create a shopper account", requestBody: body(registrationSchema), responses: { 200: { description: "OK" }, 409: fail("email already registered") } },
      },
      "/auth/logout": {
        post: { summary: "Revoke the bearer token sent", security: [{ bearer: [] }], responses: { 200: { description: "OK" }, 401: fail("no valid token") } },
      },
      ...adminPaths(),
    },
  };
}
