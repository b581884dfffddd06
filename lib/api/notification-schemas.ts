// The answers of the password reset, webhook and outbox endpoints, as zod schemas: they publish
// the OpenAPI document (./openapi.ts) and the API tests parse real answers with them.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "../webhooks/event-types";
import { DELIVERY_STATUSES } from "../webhooks/delivery-statuses";
import { MAIL_KINDS, MAIL_STATUSES } from "../mail/mail-kinds";

const iso = z.iso.datetime({ offset: true });

export const messageSchema = z.object({ success: z.literal(true), message: z.string() });

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  secret: z.string().startsWith("whsec_").optional().describe("only in the answers of create, update and GET of one endpoint"),
  enabled: z.boolean(),
  disabled_at: iso.nullable(),
  disabled_reason: z.string().nullable().describe("why it was disabled: by the operator, or after failing for three days"),
  failing_since: iso.nullable().describe("first failed try since the last success"),
  previous_secret_valid_until: iso.nullable().describe("until then the previous secret signs too (rotation)"),
  created_at: iso,
});
export const webhookAnswerSchema = z.object({ success: z.literal(true), webhook: webhookSchema.required({ secret: true }) });
export const webhookListSchema = z.object({ success: z.literal(true), webhooks: z.array(webhookSchema) });

export const deliverySchema = z.object({
  id: z.uuid(),
  event_id: z.string().describe("the webhook-id header: the same on every try"),
  event_type: z.enum(WEBHOOK_EVENTS),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  last_status: z.number().int().nullable(),
  last_error: z.string().nullable(),
  next_attempt_at: iso.nullable(),
  deadline_at: iso,
  delivered_at: iso.nullable(),
  created_at: iso,
  log: z.array(
    z.object({ attempted_at: iso, status_code: z.number().int().nullable(), error: z.string().nullable(), duration_ms: z.number().int() }),
  ),
});
export const deliveryListSchema = z.object({ success: z.literal(true), deliveries: z.array(deliverySchema) });
export const deliveryAnswerSchema = z.object({ success: z.literal(true), delivery: deliverySchema });

export const outboxSchema = z.object({
  success: z.literal(true),
  smtp_configured: z.boolean(),
  // One count per status (an object with every key, not a record: a record of an enum leaves its keys undefined in JSON Schema).
  counts: z.object(
    Object.fromEntries(MAIL_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof MAIL_STATUSES)[number], z.ZodNumber>,
  ),
  mail: z.array(
    z.object({
      id: z.uuid().describe("also the mail's Message-ID, <id@sender domain>"),
      dedupe_key: z.string().describe("one mail per key, ever: order_created:<order id>, order_delivered:<order id>[:resend:<key>], …"),
      kind: z.enum(MAIL_KINDS),
      locale: z.enum(["zh", "en"]),
      to: z.string(),
      subject: z.string(),
      status: z.enum(MAIL_STATUSES),
      attempts: z.number().int(),
      next_attempt_at: iso.nullable(),
      deadline_at: iso,
      last_error: z.string().nullable(),
      created_at: iso,
      sent_at: iso.nullable(),
    }),
  ),
});

export const resendAnswerSchema = z.object({
  success: z.literal(true),
  queued: z.boolean().describe("false: this key was already used, nothing more was queued"),
  key: z.string(),
  to: z.string(),
  mail_status: z.enum(["pending", "skipped"]).describe("skipped: SMTP is not configured, the mail is recorded but not sent"),
});
