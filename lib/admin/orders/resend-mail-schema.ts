// The body of POST /api/admin/orders/:id/resend-delivery-email: it validates input and publishes the docs.
import { z } from "zod";

export const resendMailSchema = z.strictObject({
  key: z
    .string("key must be a string")
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "key must be 8 to 64 letters, digits, - or _")
    .optional()
    .describe("one mail per key: send the same key again (a retry of one click) and nothing more is queued; a new one is made when absent"),
});
export type ResendMailInput = z.infer<typeof resendMailSchema>;
