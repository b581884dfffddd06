// The /api/admin part of the OpenAPI document: every operator operation with its operationId,
// security (an admin bearer token or an operator's web session) and real error answers.
import { z } from "zod";
import * as answers from "./admin-response-schemas";
import { createProductSchema, updateProductSchema } from "../admin/products/product-input";
import {
  balanceAdjustmentSchema,
  createCategorySchema,
  createCouponSchema,
  deleteStockSchema,
  orderActionSchema,
  refundActionSchema,
  updateCategorySchema,
  updateCouponSchema,
} from "../admin/request-schemas";
import { updateSettingsSchema } from "../settings/settings-schema";
import { apiOrdersSchema } from "../orders/api-order-approval";
import { adminBuyerPaths } from "./openapi-admin-buyers";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
const ok = (schema: z.ZodType, description = "OK") => ({ description, content: { "application/json": { schema: json(schema) } } });
const fail = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const body = (schema: z.ZodType, required = true) => ({ required, content: { "application/json": { schema: json(schema) } } });
const id = (description: string) => ({ name: "id", in: "path", required: true, schema: { type: "string" }, description });
const query = (name: string, description: string) => ({ name, in: "query", required: false, schema: { type: "string" }, description });
const paging = [query("cursor", "next_cursor of the previous page"), query("limit", "1-100, default 50")];

const security = [{ bearer: [] }, { operatorSession: [] }];
const guarded = {
  401: fail("no credentials, or an invalid or expired token"),
  403: fail("not an operator (or a cross-site write with a session)"),
};
const invalid = { 400: fail("invalid input: the message names the field; nothing is written") };
const notFound = (what: string) => ({ 404: fail(`${what} not found`) });
const conflict = (what: string) => ({ 409: fail(`${what} already exists`) });

function op(operationId: string, summary: string, responses: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { operationId, summary, tags: ["admin"], security, ...extra, responses: { ...responses, ...guarded } };
}

export const adminSecuritySchemes = {
  operatorSession: {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description: "an operator's console session (writes must come from the shop's own pages)",
  },
};

export function adminPaths() {
  return {
    "/admin/products": {
      get: op(
        "adminListProducts",
        "Every product, listed or not, with stock counts",
        { 200: ok(answers.answers.products), ...invalid },
        {
          parameters: [query("q", "part of the slug or a name"), query("listed", "true or false"), query("category", "category slug")],
        },
      ),
      post: op(
        "adminCreateProduct",
        "Create a product",
        { 201: ok(answers.answers.product, "Created"), ...invalid, ...conflict("slug") },
        { requestBody: body(createProductSchema) },
      ),
    },
    "/admin/products/{id}": {
      get: op(
        "adminGetProduct",
        "One product",
        { 200: ok(answers.answers.product), ...notFound("`Product not found`: product") },
        { parameters: [id("product id")] },
      ),
      patch: op(
        "adminUpdateProduct",
        "Change the fields sent; takes effect at once",
        { 200: ok(answers.answers.product), ...invalid, ...notFound("`Product not found`: product"), ...conflict("slug") },
        {
          parameters: [id("product id")],
          requestBody: body(updateProductSchema),
        },
      ),
      delete: op(
        "adminDeleteProduct",
        "Delete a product; one with orders is unlisted instead",
        { 200: ok(answers.answers.productDeleted), ...notFound("`Product not found`: product") },
        {
          parameters: [id("product id")],
        },
      ),
    },
    "/admin/products/{id}/stock": {
      get: op(
        "adminListStock",
        "Stock items of one state with their content, oldest first",
        { 200: ok(answers.answers.stockItems), ...invalid, ...notFound("product") },
        {
          parameters: [id("product id"), query("status", "available (default), reserved or sold"), ...paging],
        },
      ),
      post: op(
        "adminImportStock",
        "Import stock: a text/plain body up to 32 MB, one item per line; duplicates (in the file or in stock) and blank lines skipped; all or nothing",
        {
          200: ok(answers.answers.imported),
          400: fail("a line longer than 4096 characters, or not UTF-8: nothing is imported"),
          ...notFound("product"),
          413: fail("body over 32 MB"),
          415: fail("not text/plain"),
        },
        { parameters: [id("product id")], requestBody: { required: true, content: { "text/plain": { schema: { type: "string" } } } } },
      ),
    },
    "/admin/products/{id}/stock/delete": {
      post: op(
        "adminDeleteStock",
        "Delete unsold (available) items: the ids given, or all",
        { 200: ok(answers.answers.stockDeleted), ...invalid, ...notFound("product") },
        {
          parameters: [id("product id")],
          requestBody: body(deleteStockSchema),
        },
      ),
    },
    "/admin/products/{id}/stock/export": {
      get: op(
        "adminExportStock",
        "The unsold items as a .txt download, one per line",
        {
          200: { description: "text/plain attachment", content: { "text/plain": { schema: { type: "string" } } } },
          ...notFound("product"),
        },
        {
          parameters: [id("product id")],
        },
      ),
    },
    "/admin/categories": {
      get: op("adminListCategories", "Every category with its product count", { 200: ok(answers.answers.categories) }),
      post: op(
        "adminCreateCategory",
        "Create a category",
        { 201: ok(answers.answers.category, "Created"), ...invalid, ...conflict("slug") },
        { requestBody: body(createCategorySchema) },
      ),
    },
    "/admin/categories/{id}": {
      get: op(
        "adminGetCategory",
        "One category",
        { 200: ok(answers.answers.category), ...notFound("category") },
        { parameters: [id("category id")] },
      ),
      patch: op(
        "adminUpdateCategory",
        "Change the fields sent",
        { 200: ok(answers.answers.category), ...invalid, ...notFound("category"), ...conflict("slug") },
        {
          parameters: [id("category id")],
          requestBody: body(updateCategorySchema),
        },
      ),
      delete: op(
        "adminDeleteCategory",
        "Delete a category; its products become uncategorised",
        { 200: ok(answers.answers.categoryDeleted), ...notFound("category") },
        { parameters: [id("category id")] },
      ),
    },
    "/admin/coupons": {
      get: op(
        "adminListCoupons",
        "Coupons by code",
        { 200: ok(answers.answers.coupons), ...invalid },
        { parameters: [query("q", "part of the code"), query("active", "true or false"), ...paging] },
      ),
      post: op(
        "adminCreateCoupon",
        "Create a coupon",
        { 201: ok(answers.answers.coupon, "Created"), ...invalid, ...conflict("code") },
        { requestBody: body(createCouponSchema) },
      ),
    },
    "/admin/coupons/{id}": {
      get: op(
        "adminGetCoupon",
        "One coupon",
        { 200: ok(answers.answers.coupon), ...notFound("coupon") },
        { parameters: [id("coupon id")] },
      ),
      patch: op(
        "adminUpdateCoupon",
        "Change the fields sent",
        { 200: ok(answers.answers.coupon), ...invalid, ...notFound("coupon"), ...conflict("code") },
        {
          parameters: [id("coupon id")],
          requestBody: body(updateCouponSchema),
        },
      ),
      delete: op(
        "adminDeleteCoupon",
        "Delete a coupon; one that orders used is deactivated instead",
        { 200: ok(answers.answers.couponDeleted), ...notFound("coupon") },
        { parameters: [id("coupon id")] },
      ),
    },
    "/admin/orders": {
      get: op(
        "adminListOrders",
        "Orders newest first, filtered; cursor paging",
        { 200: ok(answers.answers.orders), ...invalid },
        {
          parameters: [
            query("status", "pending, paid, completed, expired, cancelled or refunded"),
            query("email", "the contact email (exact)"),
            query("order_no", "the order number"),
            query("method", "payment method"),
            query("product_id", "product id"),
            query("from", "created at or after (date or date-time)"),
            query("to", "created before (date or date-time)"),
            ...paging,
          ],
        },
      ),
    },
    "/admin/orders/{id}": {
      get: op(
        "adminGetOrder",
        "One order (id or order number) with its payment trail, operator actions and items",
        { 200: ok(answers.answers.order), ...notFound("`Order not found`: order") },
        {
          parameters: [id("order id or order number")],
        },
      ),
    },
    "/admin/orders/{id}/confirm": {
      post: op(
        "adminConfirmOrder",
        "Mark a missed payment as received and deliver; an expired order (a note required) is paid late: delivered_late, or paid_undelivered when its stock is gone (repeat: already_completed)",
        { 200: ok(answers.answers.confirmed), ...invalid, ...notFound("`Order not found`: order") },
        {
          parameters: [id("order id")],
          requestBody: body(orderActionSchema, false),
        },
      ),
    },
    "/admin/orders/{id}/cancel": {
      post: op(
        "adminCancelOrder",
        "Cancel an unpaid order; its items go back on sale (repeat: changed false)",
        { 200: ok(answers.answers.cancelled), 400: fail("the order is not pending"), ...notFound("`Order not found`: order") },
        {
          parameters: [id("order id")],
          requestBody: body(orderActionSchema, false),
        },
      ),
    },
    "/admin/orders/{id}/refund": {
      post: op(
        "adminRefundOrder",
        "Refund a completed order, or a paid one that will not be delivered (manual delivery, or flagged late_undelivered / paid_undelivered: its reserved items go back on sale); balance payments go back to the balance, cashier payments through the provider or (`to: balance`) to the buyer's balance, crypto payments are recorded as refunded outside the shop or (`to: balance`) credited (repeat: changed false)",
        {
          200: ok(answers.answers.refunded),
          400: fail("the order is neither completed nor paid and undeliverable (late_credited: already credited)"),
          ...notFound("`Order not found`: order"),
        },
        {
          parameters: [id("order id")],
          requestBody: body(refundActionSchema, false),
        },
      ),
    },
    "/admin/users": {
      get: op(
        "adminListUsers",
        "Accounts newest first; search by part of the email",
        { 200: ok(answers.answers.users), ...invalid },
        {
          parameters: [query("q", "part of the email"), query("role", "customer or admin"), ...paging],
        },
      ),
    },
    "/admin/users/{id}": {
      get: op("adminGetUser", "One account", { 200: ok(answers.answers.user), ...notFound("user") }, { parameters: [id("user id")] }),
      patch: op(
        "adminSetUserApiOrders",
        "Whether the account's API tokens may place balance orders (`needs_approval` refuses them with a 403 until `approved`)",
        { 200: ok(answers.answers.userState), ...invalid, ...notFound("user") },
        { parameters: [id("user id")], requestBody: body(apiOrdersSchema) },
      ),
    },
    "/admin/users/{id}/ledger": {
      get: op(
        "adminUserLedger",
        "The account's balance movements, newest first",
        { 200: ok(answers.answers.ledger), ...invalid, ...notFound("user") },
        { parameters: [id("user id"), ...paging] },
      ),
    },
    "/admin/users/{id}/balance": {
      post: op(
        "adminAdjustBalance",
        "Credit or debit a balance with a reason (a ledger entry; never below zero)",
        {
          200: ok(answers.answers.adjustment),
          400: fail("invalid input, or `Insufficient balance` for a debit larger than the balance"),
          ...notFound("user"),
        },
        { parameters: [id("user id")], requestBody: body(balanceAdjustmentSchema) },
      ),
    },
    "/admin/users/{id}/disable": {
      post: op(
        "adminDisableUser",
        "Disable an account: no sign-in, sessions ended, tokens revoked",
        { 200: ok(answers.answers.userState), 400: fail("your own account"), ...notFound("user") },
        { parameters: [id("user id")] },
      ),
    },
    "/admin/users/{id}/enable": {
      post: op(
        "adminEnableUser",
        "Re-enable a disabled account",
        { 200: ok(answers.answers.userState), ...notFound("user") },
        { parameters: [id("user id")] },
      ),
    },
    "/admin/users/{id}/revoke-tokens": {
      post: op(
        "adminRevokeUserTokens",
        "End every session and revoke every API token of the account",
        { 200: ok(answers.answers.revoked), ...notFound("user") },
        { parameters: [id("user id")] },
      ),
    },
    "/admin/users/{id}/reset-two-factor": {
      post: op(
        "adminResetTwoFactor",
        "Turn an operator's two-factor sign-in off (lost authenticator)",
        { 200: ok(answers.answers.twoFactorReset), ...notFound("user") },
        { parameters: [id("user id")] },
      ),
    },
    "/admin/audit": {
      get: op(
        "adminListAudit",
        "The audit log of operator writes, newest first",
        { 200: ok(answers.answers.audit), ...invalid },
        {
          parameters: [
            query("action", "e.g. product.update"),
            query("entity_type", "product, category, coupon, order, user, settings"),
            query("entity_id", "the entity's id"),
            query("actor", "operator email"),
            ...paging,
          ],
        },
      ),
    },
    "/admin/settings": {
      get: op("adminGetSettings", "The shop's settings", { 200: ok(answers.answers.settings) }),
      patch: op(
        "adminUpdateSettings",
        "Change the settings sent",
        { 200: ok(answers.answers.settings), ...invalid },
        { requestBody: body(updateSettingsSchema) },
      ),
    },
    ...adminBuyerPaths(op),
  };
}
