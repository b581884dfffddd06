// Request bodies of /api/admin/webhooks: they validate input and publish the OpenAPI document.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "./event-types";
import { isWebhookSecret } from "./signing";

const urlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .max(2000, "must be at most 2000 characters")
  // Zod runs the refinement on a value that failed the URL check too: one that does not parse is left to that check.
  .refine((url) => !URL.canParse(url) || (!new URL(url).username && !new URL(url).password), "must not carry a user name or password");
const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS, `must be one of: ${WEBHOOK_EVENTS.join(", ")}`), "must be a list of event types")
  .min(1, "must name at least one event type")
  .max(WEBHOOK_EVENTS.length);
const secretSchema = z
  .string("must be a string")
  .refine(isWebhookSecret, "must be whsec_ followed by 24 to 64 bytes in base64")
  .describe("whsec_ + base64; generated when not given");

export const createWebhookSchema = z.strictObject({ url: urlSchema, events: eventsSchema, secret: secretSchema.optional() });
export const updateWebhookSchema = z.strictObject({
  url: urlSchema.optional(),
  events: eventsSchema.optional(),
  secret: secretSchema.optional().describe("a new secret; the previous one keeps signing for 24 hours"),
  rotateSecret: z.literal(true, "must be true").optional().describe("generate a new secret; the previous one keeps signing for 24 hours"),
  enabled: z.boolean("must be true or false").optional().describe("false disables the endpoint; true enables it again"),
});
