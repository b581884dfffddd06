// Request bodies of POST /api/auth/forgot-password and /reset-password (the forms use them too).
import { z } from "zod";
import { routing } from "../i18n/routing";
import { credentialsSchema, registrationSchema } from "./users";

export const forgotPasswordSchema = z.strictObject({
  email: credentialsSchema.shape.email,
  locale: z
    .enum(routing.locales, `must be one of: ${routing.locales.join(", ")}`)
    .describe("language of the mail; default: Accept-Language, else zh")
    .optional(),
});
export const resetPasswordSchema = z.strictObject({
  token: z.string("must be a string").min(1, "is required").max(200, "Invalid or expired reset link"),
  password: registrationSchema.shape.password,
});
