// GET /api/openapi.json: the OpenAPI 3.1 document of the public API, generated from the zod
// schemas that validate requests (lib/orders/schemas.ts, lib/auth/users.ts) and the response
// schemas the API tests check real answers against (./response-schemas.ts).
import { z } from "zod";
import { createOrderSchema } from "../orders/schemas";
import { credentialsSchema, registrationSchema } from "../auth/users";
import * as responses from "./response-schemas";
import { productImageSchema, reorderImagesSchema } from "../images/schemas";
import { MAX_IMAGE_UPLOAD_BYTES, MAX_IMAGES_PER_PRODUCT } from "../images/image-rules";

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
      ...adminImagePaths(),
    },
  };
}

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
      "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", contentEncoding: "binary" } }, required: ["file"] } },
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
        summary: "Add an image at the end of the gallery; it is re-encoded as WebP (at most 1600 px, no metadata). The same picture again answers the existing image (200)",
        parameters: [pathParam("id", "product id")],
        requestBody: imageUpload,
        responses: { 201: ok(image, "Created"), 200: ok(image, "The same picture was already there"), ...refused, ...guard, 404: fail("`Product not found`") },
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
        responses: { 200: ok(z.object({ success: z.literal(true), deleted: z.literal(true) })), ...guard, 404: fail("`Product not found`, `Image not found`") },
      },
    },
    "/admin/brand/{kind}": {
      put: {
        ...admin,
        operationId: "setBrandImage",
        summary: "Upload the shop's logo or favicon (re-encoded as PNG)",
        parameters: [pathParam("kind", "`logo` or `favicon`")],
        requestBody: imageUpload,
        responses: { 200: ok(z.object({ success: z.literal(true), image: z.object({ kind: z.string(), url: z.string(), width: z.number().int(), height: z.number().int() }) })), ...refused, ...guard, 404: fail("unknown kind") },
      },
      delete: {
        ...admin,
        operationId: "deleteBrandImage",
        summary: "Back to the generated mark",
        parameters: [pathParam("kind", "`logo` or `favicon`")],
        responses: { 200: ok(z.object({ success: z.literal(true), deleted: z.literal(true) })), ...guard, 404: fail("`Image not found`, unknown kind") },
      },
    },
  };
}
