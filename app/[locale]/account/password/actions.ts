"use server";
// The account area's change-password form: an adapter over lib/auth/change-password.ts. After
// the change every session and token has ended; this browser gets a fresh session.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { changePassword, passwordChangeSchema } from "@/lib/auth/change-password";
import type { ChangePasswordState } from "@/lib/auth/change-password-state";
import { requireUser, startSession } from "@/lib/auth/web-session";
import { clientIp } from "@/lib/api/client-ip";
import { AppError } from "@/lib/api/app-error";
import { formText } from "@/lib/forms/form-text";

export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const raw = formText(form, "locale");
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const path = `/${locale}/account/password`;
  const user = await requireUser(locale, path);
  const parsed = passwordChangeSchema.safeParse({
    currentPassword: formText(form, "currentPassword"),
    newPassword: formText(form, "newPassword"),
  });
  if (!parsed.success) {
    const fieldErrors: NonNullable<ChangePasswordState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "currentPassword") fieldErrors.currentPassword = "currentRequired";
      if (issue.path[0] === "newPassword") fieldErrors.newPassword = issue.code === "too_big" ? "passwordTooLong" : "passwordTooShort";
    }
    return { fieldErrors };
  }
  let sessionVersion: number;
  try {
    ({ sessionVersion } = await changePassword(user.id, parsed.data, clientIp(await headers())));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "invalid_credentials") return { error: "currentWrong" };
    if (error.code === "rate_limited") return { error: "rateLimited", seconds: error.details.retryAfterSeconds ?? 60 };
    throw error;
  }
  await startSession({ ...user, sessionVersion });
  redirect(`${path}?changed=1`);
}
