// GET /api/openapi.json: the OpenAPI 3.1 document of the public API, generated from the zod
// schemas that validate requests (lib/orders/schemas.ts, lib/auth/users.ts) and the response
// schemas the API tests check real answers against (./response-schemas.ts).
import { z } from "zod";
import { createOrderSchema } from "../orders/schemas";
import { credentialsSchema, registrationSchema } from "../auth/users";
import { passwordChangeSchema } from "../auth/change-password";
import { createTopupSchema } from "../topups/schemas";
import * as responses from "./response-schemas";
import * as notices from "./notification-schemas";
import { forgotPasswordSchema, resetPasswordSchema } from "../auth/password-reset-schemas";
import { createWebhookSchema, updateWebhookSchema } from "../webhooks/webhook-schemas";
import { resendMailSchema } from "../admin/orders/resend-mail-schema";
import { adminPaths, adminSecuritySchemes } from "./openapi-admin";
import { adminPaymentPaths } from "./openapi-admin-payments";
import { productImageSchema, reorderImagesSchema } from "../images/schemas";
import { MAX_IMAGE_UPLOAD_BYTES, MAX_IMAGES_PER_PRODUCT } from "../images/image-rules";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
const ok = (schema: z.ZodType, description = "OK") => ({ description, content: { "application/json": { schema: json(schema) } } });
const fail = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: json(schema) } } });
const pathParam = (name: string, description: string) => ({ name, in: "path", required: true, schema: { type: "string" }, description });
const queryParam = (name: string, description: string, required = true) => ({
  name,
  in: "query",
  required,
  schema: { type: "string" },
  description,
});
// What the server answers any POST before it reads the body (lib/api/with-api.ts).
const postRefusals = {
  413: fail("`Request body too large` (over 16 KB)"),
  415: fail("`Content-Type must be application/json`"),
};
const limited = (what: string) => fail(`\`Too many requests\` (${what}), with a Retry-After header in seconds`);
// The public operations need no credentials (an empty security requirement says so).
const open: never[] = [];

export function openApiDocument(version: string) {
  return withFrontDoorAnswers(
    asOperatorOperations({
      openapi: "3.1.0",
      info: {
        title: "Stockline public API",
        version,
        license: { name: "MIT", identifier: "MIT" },
        description:
          "Every answer carries `success`; every error is `{success:false, error}` with the published message. " +
          "CNY amounts are numbers with at most 2 decimals; crypto amounts are decimal strings in coin units. " +
          "Any request whose URL and headers exceed 16 KB is answered 431 before it reaches an operation.",
      },
      servers: [{ url: "/api" }],
      components: {
        schemas: { Error: json(responses.errorSchema) },
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "token from POST /api/auth/login" },
          ...adminSecuritySchemes,
        },
      },
      paths: {
        "/products": {
          get: {
            operationId: "listProducts",
            summary: "All listed products with unit price and live stock",
            security: open,
            responses: {
              200: ok(z.object({ success: z.literal(true), products: z.array(responses.productSchema) })),
              400: fail("a query string with a NUL character"),
            },
          },
        },
        "/products/{idOrSlug}": {
          get: {
            operationId: "getProduct",
            summary: "One product, by id or slug",
            security: open,
            parameters: [pathParam("idOrSlug", "product id or slug")],
            responses: {
              200: ok(z.object({ success: z.literal(true), product: responses.productSchema })),
              400: fail("a path that is not valid percent-encoding, or holds a NUL character"),
              404: fail("`Product not found`"),
            },
          },
        },
        "/orders/create": {
          post: {
            operationId: "createOrder",
            summary: "Create an order; balance methods pay and deliver in the same request",
            description:
              "An anonymous buyer may hold 5 open unpaid orders per client address and 5 per contact email, a signed-in " +
              "account 20 (the operator can change these); a paid or expired order frees its slot.",
            security: [{}, { bearer: [] }],
            parameters: [
              {
                name: "Idempotency-Key",
                in: "header",
                required: false,
                schema: { type: "string", maxLength: 255 },
                description:
                  "a retry with the same key and body returns the first answer (24 h). Keys are scoped to the bearer token's " +
                  "user, or, without one, to the client's address: a retry from another address makes a new order.",
              },
            ],
            requestBody: body(createOrderSchema),
            responses: {
              200: ok(responses.createdOrderSchema),
              400: fail(
                "`Minimum quantity is N`, `Quantity cannot exceed 200`, `Insufficient stock`, `Insufficient balance`, `Payment method not available`, invalid coupon or input",
              ),
              401: fail("balance methods without a valid bearer token"),
              404: fail("`Product not found` (a slug is not accepted here)"),
              ...postRefusals,
              422: fail("Idempotency-Key reused with another body"),
              429: limited("too many open unpaid orders for this address, email or account; Retry-After says when the oldest expires"),
              503: fail("alipay / wechat: the cashier did not answer (nothing was reserved; try again)"),
            },
          },
        },
        "/orders/query": {
          get: {
            operationId: "lookUpOrder",
            summary: "An order and its delivered items, by order number + email (3 per 60 s per IP, 2 per 60 s per pair)",
            security: open,
            parameters: [queryParam("order_no", "order number, e.g. GS2604291234ABCD"), queryParam("email", "the order's contact email")],
            responses: {
              200: ok(responses.lookupSchema),
              400: fail("`Please provide both order number and email`"),
              404: fail("`Order not found`"),
              429: limited("3 per 60 s per address, 2 per 60 s per order number + email"),
            },
          },
        },
        "/orders/{id}/status": {
          get: {
            operationId: "getOrderStatus",
            summary: "Payment and delivery status; payment details and items with the order's access token",
            security: open,
            parameters: [pathParam("id", "order id or order number"), queryParam("token", "the order's access_token", false)],
            responses: {
              200: ok(responses.statusSchema),
              400: fail("a path or token that is not valid percent-encoding, or holds a NUL character"),
              403: fail("wrong token"),
              404: fail("`Order not found`"),
            },
          },
        },
        "/orders/{id}/simulate-payment": {
          post: {
            operationId: "simulateDemoPayment",
            summary: "Demo only: complete a crypto order that pays a demo receiving address, as if its payment had arrived",
            security: [],
            parameters: [pathParam("id", "order id or order number"), queryParam("token", "the order's access_token")],
            responses: {
              200: ok(
                z.object({
                  success: z.literal(true),
                  outcome: z
                    .string()
                    .describe(
                      "`delivered` (`awaiting_delivery` for a manual-delivery product), or `already_completed` / `not_payable` / `duplicate`",
                    ),
                }),
              ),
              400: fail("a body that is not valid JSON (the endpoint needs none)"),
              403: fail("wrong token, or the order does not pay a demo address"),
              404: fail("`Order not found`"),
              ...postRefusals,
            },
          },
        },
        "/payment-config": {
          get: {
            operationId: "getPaymentConfig",
            summary: "Enabled payment methods and coins, and the CNY/USDT rate",
            security: open,
            responses: { 200: { description: "OK" }, 400: fail("a query string with a NUL character") },
          },
        },
        "/auth/login": {
          post: {
            operationId: "login",
            summary: "Email + password -> bearer token",
            description:
              "Failed attempts are limited per client address (10 per 15 min), per address and email (5 per 15 min, fewer " +
              "while the email is under attack) — never for the email as a whole, so its owner can always sign in from a new address.",
            security: open,
            requestBody: body(credentialsSchema),
            responses: {
              200: ok(responses.loginSchema),
              400: fail("invalid input (e.g. `email must be a valid email address`)"),
              401: fail(
                "`Invalid email or password`; `Two-factor code required` or `Invalid two-factor code` for an account with two-factor sign-in",
              ),
              403: fail("`Account disabled` (only after the right password)"),
              ...postRefusals,
              429: limited("failed sign-ins"),
            },
          },
        },
        "/auth/register": {
          post: {
            operationId: "register",
            summary: "Create a shopper account",
            security: open,
            requestBody: body(registrationSchema),
            responses: {
              200: { description: "OK" },
              400: fail("invalid input (e.g. `Password must be at least 8 characters`)"),
              409: fail("`Email already registered`"),
              ...postRefusals,
              429: limited("10 registrations per hour per address"),
            },
          },
        },
        "/auth/logout": {
          post: {
            operationId: "logout",
            summary: "Revoke the bearer token sent",
            security: [{ bearer: [] }],
            responses: { 200: { description: "OK" }, 401: fail("no valid token"), ...postRefusals },
          },
        },
        "/auth/change-password": {
          post: {
            operationId: "changePassword",
            summary: "Set a new password: every web session and API token of the user ends; the answer holds a fresh token",
            security: [{ bearer: [] }],
            requestBody: body(passwordChangeSchema),
            responses: {
              200: ok(z.object({ success: z.literal(true), token: z.string(), expires_at: z.string() })),
              400: fail("invalid input (e.g. `Password must be at least 8 characters`)"),
              401: fail("no valid token, or `Current password is incorrect`"),
              ...postRefusals,
              429: limited("the sign-in limits apply to the current password"),
            },
          },
        },
        "/topups": {
          post: {
            operationId: "createTopup",
            summary: "Top up the caller's balance: CNY with alipay, wechat or crypto (at the snapshotted rate); USDT with USDT",
            security: [{ bearer: [] }],
            requestBody: body(createTopupSchema),
            responses: {
              200: ok(responses.topupAnswerSchema),
              400: fail("amount outside TOPUP_MIN_*..TOPUP_MAX_*, `Payment method not available`, `Coin not available`, invalid input"),
              401: fail("no valid bearer token"),
              503: fail("the cashier did not answer: nothing was created"),
            },
          },
        },
        "/topups/{topupId}": {
          get: {
            operationId: "getTopup",
            summary: "One of the caller's top-ups and, while pending, how to pay it",
            security: [{ bearer: [] }],
            parameters: [pathParam("topupId", "top-up id or number (TU…)")],
            responses: {
              200: ok(responses.topupAnswerSchema),
              401: fail("no valid bearer token"),
              404: fail("`Top-up not found` (also another user's)"),
            },
          },
        },
        ...notificationPaths,
        ...adminPaths(),
        ...adminImagePaths(),
        ...adminPaymentPaths(),
      },
    }),
  );
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
      responses: {
        200: ok(notices.messageSchema),
        400: fail("invalid email or locale"),
        429: fail("`Too many requests` (5 an hour per IP, 3 per email), with Retry-After"),
      },
    },
  },
  "/auth/reset-password": {
    post: {
      operationId: "resetPassword",
      summary: "Set a new password with the token of a reset link; ends every session and API token of the account",
      security: [],
      requestBody: body(resetPasswordSchema),
      responses: {
        200: ok(notices.messageSchema),
        400: fail("`Invalid or expired reset link` (code invalid_reset_token), or a password that breaks the rules"),
      },
    },
  },
  "/admin/webhooks": {
    get: {
      ...admin,
      operationId: "listWebhooks",
      summary: "The webhook endpoints and their state (without secrets)",
      responses: { 200: ok(notices.webhookListSchema), ...adminFails },
    },
    post: {
      ...admin,
      operationId: "createWebhook",
      summary: "Register an endpoint; the secret is generated when not given and is in the answer",
      requestBody: body(createWebhookSchema),
      responses: {
        200: ok(notices.webhookAnswerSchema),
        400: fail("invalid url, events or secret; a private, loopback or link-local target"),
        ...adminFails,
      },
    },
  },
  "/admin/webhooks/{id}": {
    get: {
      ...admin,
      operationId: "getWebhook",
      summary: "One endpoint, with its secret",
      parameters: [webhookId],
      responses: { 200: ok(notices.webhookAnswerSchema), ...adminFails, 404: fail("`Webhook not found`") },
    },
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
      responses: {
        200: ok(z.object({ success: z.literal(true), deleted: z.literal(true) })),
        ...adminFails,
        404: fail("`Webhook not found`"),
      },
    },
  },
  "/admin/webhooks/{id}/deliveries": {
    get: {
      ...admin,
      operationId: "listWebhookDeliveries",
      summary: "The endpoint's deliveries with their log of tries and response codes",
      parameters: [webhookId, queryParam("status", "pending, delivered or failed", false), limitParam],
      responses: {
        200: ok(notices.deliveryListSchema),
        400: fail("invalid status or limit"),
        ...adminFails,
        404: fail("`Webhook not found`"),
      },
    },
  },
  "/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
    post: {
      ...admin,
      operationId: "redeliverWebhook",
      summary: "Send a delivery again now, with the same webhook-id and body",
      parameters: [webhookId, pathParam("deliveryId", "delivery id")],
      responses: {
        200: ok(notices.deliveryAnswerSchema),
        400: fail("the endpoint is disabled"),
        ...adminFails,
        404: fail("`Webhook not found`, `Delivery not found`"),
      },
    },
  },
  "/admin/outbox": {
    get: {
      ...admin,
      operationId: "listMailOutbox",
      summary: "The mail outbox: the newest mail (without bodies) and how many of each status",
      parameters: [
        queryParam("status", "pending, sent, failed, expired or skipped", false),
        queryParam("kind", "order_created, order_delivered, topup_credited, password_reset or webhook_disabled", false),
        limitParam,
      ],
      responses: { 200: ok(notices.outboxSchema), 400: fail("invalid status, kind or limit"), ...adminFails },
    },
  },
  "/admin/orders/{id}/resend-delivery-email": {
    post: {
      ...admin,
      operationId: "adminResendDeliveryEmail",
      summary: "Queue a completed order's delivery email again, as a new outbox mail (one per key)",
      parameters: [pathParam("id", "order id")],
      requestBody: { ...body(resendMailSchema), required: false },
      responses: {
        200: ok(notices.resendAnswerSchema),
        400: fail("the order is not completed, or an invalid key"),
        ...adminFails,
        404: fail("`Order not found`"),
      },
    },
  },
};

// The operator's image endpoints (admin bearer token). Tagged "admin": the storefront's API
// docs page, written for shoppers and API clients, leaves them out.
function adminImagePaths() {
  const admin = { tags: ["admin"], security: [{ bearer: [] }] };
  const guard = { 401: fail("no valid token"), 403: fail("not an admin") };
  const imageUpload = {
    required: true,
    description: `PNG, JPEG, WebP or GIF (judged by its bytes; SVG is refused), at most ${MAX_IMAGE_UPLOAD_BYTES} bytes, as the raw body or the \`file\` field of a form`,
    content: {
      "image/png": { schema: { type: "string", contentEncoding: "binary" } },
      "image/jpeg": { schema: { type: "string", contentEncoding: "binary" } },
      "image/webp": { schema: { type: "string", contentEncoding: "binary" } },
      "image/gif": { schema: { type: "string", contentEncoding: "binary" } },
      "multipart/form-data": {
        schema: { type: "object", properties: { file: { type: "string", contentEncoding: "binary" } }, required: ["file"] },
      },
    },
  };
  const image = z.object({ success: z.literal(true), image: productImageSchema });
  const images = z.object({ success: z.literal(true), images: z.array(productImageSchema) });
  const refused = {
    400: fail(`unreadable image (corrupt, truncated, too many pixels), or the product already has ${MAX_IMAGES_PER_PRODUCT} images`),
    413: fail("`Image too large`"),
    415: fail("not a PNG, JPEG, WebP or GIF image"),
  };
  return {
    "/admin/products/{id}/images": {
      get: {
        ...admin,
        operationId: "listProductImages",
        summary: "A product's images in display order (the first is the cover)",
        parameters: [pathParam("id", "product id")],
        responses: { 200: ok(images), ...guard, 404: fail("`Product not found`") },
      },
      post: {
        ...admin,
        operationId: "uploadProductImage",
        summary:
          "Add an image at the end of the gallery; it is re-encoded as WebP (at most 1600 px, no metadata). The same picture again answers the existing image (200)",
        parameters: [pathParam("id", "product id")],
        requestBody: imageUpload,
        responses: {
          201: ok(image, "Created"),
          200: ok(image, "The same picture was already there"),
          ...refused,
          ...guard,
          404: fail("`Product not found`"),
        },
      },
      patch: {
        ...admin,
        operationId: "reorderProductImages",
        summary: "Set the gallery order",
        parameters: [pathParam("id", "product id")],
        requestBody: body(reorderImagesSchema),
        responses: { 200: ok(images), 400: fail("`order` is not every image id exactly once"), ...guard, 404: fail("`Product not found`") },
      },
    },
    "/admin/products/{id}/images/{imageId}": {
      delete: {
        ...admin,
        operationId: "deleteProductImage",
        summary: "Remove one image",
        parameters: [pathParam("id", "product id"), pathParam("imageId", "image id")],
        responses: {
          200: ok(z.object({ success: z.literal(true), deleted: z.literal(true) })),
          ...guard,
          404: fail("`Product not found`, `Image not found`"),
        },
      },
    },
    "/admin/brand/{kind}": {
      put: {
        ...admin,
        operationId: "setBrandImage",
        summary: "Upload the shop's logo or favicon (re-encoded as PNG)",
        parameters: [pathParam("kind", "`logo` or `favicon`")],
        requestBody: imageUpload,
        responses: {
          200: ok(
            z.object({
              success: z.literal(true),
              image: z.object({ kind: z.string(), url: z.string(), width: z.number().int(), height: z.number().int() }),
            }),
          ),
          ...refused,
          ...guard,
          404: fail("unknown kind"),
        },
      },
      delete: {
        ...admin,
        operationId: "deleteBrandImage",
        summary: "Back to the generated mark",
        parameters: [pathParam("kind", "`logo` or `favicon`")],
        responses: {
          200: ok(z.object({ success: z.literal(true), deleted: z.literal(true) })),
          ...guard,
          404: fail("`Image not found`, unknown kind"),
        },
      },
    },
  };
}

// What lib/api/with-api.ts answers before any handler runs, on every operation: 400 for a path
// with bad percent-encoding or a NUL, and, where a body may come, 400 for one that is not JSON,
// 413 over 16 KB and 415 for another media type. Listed wherever an operation does not say
// more precisely already, so the document names every status the server sends (the fuzz test
// checks that against the running server).
function withFrontDoorAnswers<Document extends { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(
  document: Document,
): Document {
  const bodyMethods = new Set(["post", "put", "patch", "delete"]);
  for (const operations of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const answers = operation.responses;
      answers["400"] ??= fail(
        "invalid input: a path with bad percent-encoding or a NUL character" +
          (bodyMethods.has(method) ? ", or a body that is not JSON" : ""),
      );
      if (bodyMethods.has(method)) {
        answers["413"] ??= postRefusals[413];
        answers["415"] ??= postRefusals[415];
      }
    }
  }
  return document;
}

type Operation = { operationId?: string; security?: unknown; responses: Record<string, unknown> };

// Every /admin operation, whichever file describes it, is the operator's in the same way: an
// `admin…` operationId, a bearer token or the operator's console session, and the guard's
// 401/403 (lib/api/with-api.ts answers them on every admin path before anything else).
function asOperatorOperations<Document extends { paths: Record<string, Record<string, Operation>> }>(document: Document): Document {
  for (const [path, operations] of Object.entries(document.paths)) {
    if (!path.startsWith("/admin/")) continue;
    for (const operation of Object.values(operations)) {
      const id = operation.operationId ?? "";
      if (!/^admin[A-Z]/.test(id)) operation.operationId = `admin${id.charAt(0).toUpperCase()}${id.slice(1)}`;
      operation.security = [{ bearer: [] }, { operatorSession: [] }];
      operation.responses["401"] ??= fail("no valid token or operator session");
      operation.responses["403"] ??= fail("not an admin");
    }
  }
  return document;
}
