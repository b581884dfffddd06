// GET /api/openapi.json: the OpenAPI 3.1 document of the public API, generated from the zod
// schemas that validate requests (lib/orders/schemas.ts, lib/auth/users.ts) and the response
// schemas the API tests check real answers against (./response-schemas.ts).
import { z } from "zod";
import { createOrderSchema } from "../orders/schemas";
import { credentialsSchema, registrationSchema } from "../auth/users";
import * as responses from "./response-schemas";
import * as notices from "./notification-schemas";
import { forgotPasswordSchema, resetPasswordSchema } from "../auth/password-reset-schemas";
import { createWebhookSchema, updateWebhookSchema } from "../webhooks/webhook-schemas";

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
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "token from POST /api/auth/login" } },
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
          responses: { 200: ok(responses.loginSchema), 401: fail("`Invalid email or password`"), 429: fail("`Too many requests`") },
        },
      },
      "/auth/register": {
        post: { summary: "Create a shopper account", requestBody: body(registrationSchema), responses: { 200: { description: "OK" }, 409: fail("email already registered") } },
      },
      "/auth/logout": {
        post: { summary: "Revoke the bearer token sent", security: [{ bearer: [] }], responses: { 200: { description: "OK" }, 401: fail("no valid token") } },
      },
      ...notificationPaths,
    },
  };
}

// Password reset (public) and the operator's webhooks and mail outbox (tag `admin`: in the
// document for tooling, left out of the shop's API docs page).
const admin = { tags: ["admin"], security: [{ bearer: [] }] };
const adminFails = { 401: fail("no valid token"), 403: fail("not an admin") };
const webhookId = pathParam("id", "webhook endpoint id");
const limitParam = queryParam("limit", "at most this many, newest first (1-200, default 50)", false);

const notificationPaths = {
  "/auth/forgot-password": {
    post: {
      operationId: "requestPasswordReset",
      summary: "Mail a password reset link (valid once, for 60 minutes); the same answer whether the email has an account or not",
      security: [],
      requestBody: body(forgotPasswordSchema),
      responses: { 200: ok(notices.messageSchema), 400: fail("invalid email or locale"), 429: fail("`Too many requests` (5 an hour per IP, 3 per email), with Retry-After") },
    },
  },
  "/auth/reset-password": {
    post: {
      operationId: "resetPassword",
      summary: "Set a new password with the token of a reset link; ends every session and API token of the account",
      security: [],
      requestBody: body(resetPasswordSchema),
      responses: { 200: ok(notices.messageSchema), 400: fail("`Invalid or expired reset link` (code invalid_reset_token), or a password that breaks the rules") },
    },
  },
  "/admin/webhooks": {
    get: { ...admin, operationId: "listWebhooks", summary: "The webhook endpoints and their state (without secrets)", responses: { 200: ok(notices.webhookListSchema), ...adminFails } },
    post: {
      ...admin,
      operationId: "createWebhook",
      summary: "Register an endpoint; the secret is generated when not given and is in the answer",
      requestBody: body(createWebhookSchema),
      responses: { 200: ok(notices.webhookAnswerSchema), 400: fail("invalid url, events or secret; a private, loopback or link-local target"), ...adminFails },
    },
  },
  "/admin/webhooks/{id}": {
    get: { ...admin, operationId: "getWebhook", summary: "One endpoint, with its secret", parameters: [webhookId], responses: { 200: ok(notices.webhookAnswerSchema), ...adminFails, 404: fail("`Webhook not found`") } },
    patch: {
      ...admin,
      operationId: "updateWebhook",
      summary: "Change url or events, rotate the secret (the previous one signs too for 24 hours), disable or enable",
      parameters: [webhookId],
      requestBody: body(updateWebhookSchema),
      responses: { 200: ok(notices.webhookAnswerSchema), 400: fail("invalid input"), ...adminFails, 404: fail("`Webhook not found`") },
    },
    delete: {
      ...admin,
      operationId: "deleteWebhook",
      summary: "Remove the endpoint and its delivery log",
      parameters: [webhookId],
      responses: { 200: ok(z.object({ success: z.literal(true), deleted: z.literal(true) })), ...adminFails, 404: fail("`Webhook not found`") },
    },
  },
  "/admin/webhooks/{id}/deliveries": {
    get: {
      ...admin,
      operationId: "listWebhookDeliveries",
      summary: "The endpoint's deliveries with their log of tries and response codes",
      parameters: [webhookId, queryParam("status", "pending, delivered or failed", false), limitParam],
      responses: { 200: ok(notices.deliveryListSchema), 400: fail("invalid status or limit"), ...adminFails, 404: fail("`Webhook not found`") },
    },
  },
  "/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
    post: {
      ...admin,
      operationId: "redeliverWebhook",
      summary: "Send a delivery again now, with the same webhook-id and body",
      parameters: [webhookId, pathParam("deliveryId", "delivery id")],
      responses: { 200: ok(notices.deliveryAnswerSchema), 400: fail("the endpoint is disabled"), ...adminFails, 404: fail("`Webhook not found`, `Delivery not found`") },
    },
  },
  "/admin/outbox": {
    get: {
      ...admin,
      operationId: "listMailOutbox",
      summary: "The mail outbox: the newest mail (without bodies) and how many of each status",
      parameters: [queryParam("status", "pending, sent, failed, expired or skipped", false), queryParam("kind", "order_created, order_delivered, topup_credited or password_reset", false), limitParam],
      responses: { 200: ok(notices.outboxSchema), 400: fail("invalid status, kind or limit"), ...adminFails },
    },
  },
};
