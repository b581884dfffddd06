// POST /api/auth/forgot-password — mail a password reset link; the same answer whether the email has an account or not.
import { withApi } from "@/lib/api/with-api";
import { requestPasswordReset, RESET_REQUESTED } from "@/lib/auth/password-reset";
import { forgotPasswordSchema } from "@/lib/auth/password-reset-schemas";
import { acceptLanguageLocale } from "@/lib/i18n/request-locale";

export const POST = withApi({ access: "public", body: forgotPasswordSchema }, async ({ req, body, ip }) => {
  await requestPasswordReset(body, ip, body.locale ?? acceptLanguageLocale(req.headers.get("accept-language")));
  return { message: RESET_REQUESTED };
});
