"use server";
// The forgot-password and reset-password forms: adapters over lib/auth/password-reset.ts, the
// same service and schemas as POST /api/auth/forgot-password and /reset-password.
import { headers } from "next/headers";
import { AppError } from "@/lib/api/app-error";
import { clientIp } from "@/lib/api/client-ip";
import { authFieldErrors } from "@/lib/auth/form-errors";
import { PASSWORD_RESET_TTL_MINUTES, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/auth/password-reset-schemas";
import type { ForgotPasswordState, ResetPasswordState } from "@/lib/auth/password-reset-forms";
import { formText } from "@/lib/forms/form-text";
import { localeOf } from "@/lib/i18n/request-locale";

export async function forgotPasswordAction(_previous: ForgotPasswordState, form: FormData): Promise<ForgotPasswordState> {
  const email = formText(form, "email").trim();
  const locale = localeOf(formText(form, "locale"));
  const parsed = forgotPasswordSchema.safeParse({ email, locale });
  if (!parsed.success) return { status: "error", email, error: "emailInvalid" };
  try {
    await requestPasswordReset(parsed.data, clientIp(await headers()), locale);
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") {
      return { status: "error", email, error: "rateLimited", minutes: Math.ceil((error.details.retryAfterSeconds ?? 60) / 60) };
    }
    throw error;
  }
  return { status: "sent", email: parsed.data.email, minutes: PASSWORD_RESET_TTL_MINUTES };
}

export async function resetPasswordAction(_previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const parsed = resetPasswordSchema.safeParse({ token: formText(form, "token"), password: formText(form, "password") });
  if (!parsed.success) {
    const password = authFieldErrors(parsed.error).password;
    return { status: "error", error: password && password !== "emailInvalid" ? password : "invalidLink" };
  }
  try {
    await resetPassword(parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_reset_token") return { status: "error", error: "invalidLink" };
    throw error;
  }
  return { status: "done" };
}
