// The payments part of /api/admin in the OpenAPI document: receiving addresses, the unmatched
// transfers inbox, flagged payments, the crypto settings in force and the cashier rails.
import { z } from "zod";
import { paymentAnswers as answers } from "./admin-payments-response-schemas";
import {
  addAddressSchema,
  attachTransferSchema,
  dismissTransferSchema,
  resolveFlagSchema,
  setXpubSchema,
} from "../admin/payments/payment-request-schemas";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
const ok = (schema: z.ZodType, description = "OK") => ({ description, content: { "application/json": { schema: json(schema) } } });
const fail = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: json(schema) } } });
const path = (name: string, description: string) => ({ name, in: "path", required: true, schema: { type: "string" }, description });
const query = (name: string, description: string) => ({ name, in: "query", required: false, schema: { type: "string" }, description });

const security = [{ bearer: [] }, { operatorSession: [] }];
const guarded = {
  401: fail("no credentials, or an invalid or expired token"),
  403: fail("not an operator (or a cross-site write with a session)"),
};
const invalid = (what = "invalid input: the message names the field; nothing is written") => ({ 400: fail(what) });

function op(operationId: string, summary: string, responses: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { operationId, summary, tags: ["admin"], security, ...extra, responses: { ...responses, ...guarded } };
}

export function adminPaymentPaths() {
  return {
    "/admin/payments/addresses": {
      get: op("adminListReceivingAddresses", "Receiving addresses by coin (RECEIVE_* ones fixed), and the BTC xpub", {
        200: ok(answers.addresses),
      }),
      post: op(
        "adminAddReceivingAddress",
        "Add a receiving address for a coin (checked by checksum); it replaces the demo wallet for that coin",
        {
          201: ok(answers.address, "Created"),
          ...invalid("not a valid address for the coin, or Bitcoin while an xpub is in use; nothing is written"),
          409: fail("already a receiving address, or the demo wallet's"),
        },
        { requestBody: body(addAddressSchema) },
      ),
    },
    "/admin/payments/xpub": {
      put: op(
        "adminSetBtcXpub",
        "Enter or replace the Bitcoin xpub/zpub while BTC_XPUB is unset (null removes it; live orders on its addresses are still watched): each Bitcoin order then gets its own BIP84 address from it, and fixed Bitcoin addresses are switched off; the same key again answers changed: false",
        {
          200: ok(answers.xpub),
          ...invalid("not a mainnet xpub or zpub (wrong checksum, a private key, testnet); nothing is written"),
          409: fail("BTC_XPUB is set in the environment: change it there"),
        },
        { requestBody: body(setXpubSchema) },
      ),
    },
    "/admin/payments/addresses/{id}": {
      delete: op(
        "adminRemoveReceivingAddress",
        "Stop giving an operator-added address to new orders (live orders on it are still watched); a repeat answers changed: false",
        {
          200: ok(answers.addressRemoved),
          ...invalid("an address from the environment (RECEIVE_*) or the demo wallet"),
          404: fail("`Receiving address not found`"),
        },
        { parameters: [path("id", "receiving address id")] },
      ),
    },
    "/admin/payments/transfers": {
      get: op(
        "adminListTransfers",
        "Final chain transfers waiting for the operator: unmatched, partial, over-paid, second payments, newest first",
        { 200: ok(answers.transfers), ...invalid() },
        { parameters: [query("state", "open (default) or all"), query("limit", "1-100, default 50")] },
      ),
    },
    "/admin/payments/transfers/{id}/attach": {
      post: op(
        "adminAttachTransfer",
        "Say which order a transfer paid: completes it through confirmPayment, once; a repeat answers changed: false",
        {
          200: ok(answers.attached),
          ...invalid("the transfer paid an order already, was set aside, or the order is paid or cancelled; nothing is written"),
          404: fail("`Transfer not found` or `Order not found`"),
        },
        { parameters: [path("id", "transfer id")], requestBody: body(attachTransferSchema) },
      ),
    },
    "/admin/payments/transfers/{id}/dismiss": {
      post: op(
        "adminDismissTransfer",
        "Set a transfer aside with the reason (refunded outside the shop, a test); a repeat answers changed: false",
        { 200: ok(answers.dismissed), ...invalid(), 404: fail("`Transfer not found`") },
        { parameters: [path("id", "transfer id")], requestBody: body(dismissTransferSchema) },
      ),
    },
    "/admin/payments/flagged": {
      get: op(
        "adminListFlaggedPayments",
        "Orders a payment flagged, newest flag first: paid late, late and undelivered, late and credited, over-paid, partial (closed with part of the amount received), paid but undelivered, paid after the order closed",
        { 200: ok(answers.flagged), ...invalid() },
        {
          parameters: [
            query("state", "open (default), resolved or all"),
            query("cursor", "next_cursor of the previous page"),
            query("limit", "1-100, default 50"),
          ],
        },
      ),
    },
    "/admin/payments/flagged/{id}/resolve": {
      post: op(
        "adminResolveFlaggedPayment",
        "Mark a flagged payment as dealt with, saying what was done; a repeat answers changed: false",
        { 200: ok(answers.resolved), ...invalid("no note, or the order has no flag"), 404: fail("`Order not found`") },
        { parameters: [path("id", "order id")], requestBody: body(resolveFlagSchema) },
      ),
    },
    "/admin/payments/settings": {
      get: op("adminGetPaymentSettings", "The crypto settings in force (environment): price source, markup, confirmations", {
        200: ok(answers.settings),
      }),
    },
    "/admin/payments/rails": {
      get: op(
        "adminListCashierRails",
        "Each cashier rail: configured, the methods it serves, its settings (secrets only as set), warnings",
        {
          200: ok(answers.rails),
        },
      ),
    },
    "/admin/payments/rails/{rail}/test": {
      post: op(
        "adminTestCashierRail",
        "One signed call to the provider that changes nothing (a query of a trade that cannot exist): ok, or the reason",
        { 200: ok(answers.railTest), 404: fail("`Rail not found`") },
        { parameters: [path("rail", "epay, alipay or wechat")] },
      ),
    },
  };
}
