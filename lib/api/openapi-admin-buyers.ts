// The /api/admin operations about who may buy and how orders are delivered by hand:
// the blacklist and the manual delivery of an order. `op` is openapi-admin.ts's builder.
import { z } from "zod";
import * as answers from "./admin-response-schemas";
import { createBlacklistEntrySchema } from "../blacklist/blacklist-schemas";
import { manualDeliverySchema } from "../orders/manual-delivery-schema";

type Op<Operation> = (
  operationId: string,
  summary: string,
  responses: Record<string, unknown>,
  extra?: Record<string, unknown>,
) => Operation;

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
const ok = (schema: z.ZodType, description = "OK") => ({ description, content: { "application/json": { schema: json(schema) } } });
const fail = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const query = (name: string, description: string) => ({ name, in: "query", required: false, schema: { type: "string" }, description });
const id = (description: string) => ({ name: "id", in: "path", required: true, schema: { type: "string" }, description });

export function adminBuyerPaths<Operation>(op: Op<Operation>) {
  return {
    "/admin/blacklist": {
      get: op(
        "adminListBlacklist",
        "Blacklist entries, newest first",
        { 200: ok(answers.answers.blacklist), 400: fail("invalid query") },
        {
          parameters: [
            query("kind", "email, domain or ip"),
            query("q", "part of the value"),
            query("cursor", "next_cursor of the previous page"),
            query("limit", "1-100, default 50"),
          ],
        },
      ),
      post: op(
        "adminAddBlacklistEntry",
        "Refuse orders from an email, an email domain (contact or account email) or a client IP, with a generic 403 `Order refused`",
        {
          201: ok(answers.answers.blacklistEntry, "Created"),
          400: fail("invalid input: the message names the field; nothing is written"),
          409: fail("the entry is already on the blacklist"),
        },
        { requestBody: { required: true, content: { "application/json": { schema: json(createBlacklistEntrySchema) } } } },
      ),
    },
    "/admin/blacklist/{id}": {
      delete: op(
        "adminRemoveBlacklistEntry",
        "Remove an entry: its orders are accepted again",
        { 200: ok(answers.answers.blacklistRemoved), 404: fail("`Blacklist entry not found`") },
        { parameters: [id("entry id")] },
      ),
    },
    "/admin/orders/{id}/deliver": {
      post: op(
        "adminDeliverOrder",
        "Deliver a paid manual-delivery order with the items typed by the operator (mail and webhooks as for any delivery); a repeat changes nothing",
        {
          200: ok(answers.answers.deliveredByHand),
          400: fail("invalid items, or the order is not a paid manual-delivery order"),
          404: fail("`Order not found`"),
        },
        {
          parameters: [id("order id")],
          requestBody: { required: true, content: { "application/json": { schema: json(manualDeliverySchema) } } },
        },
      ),
    },
  };
}
