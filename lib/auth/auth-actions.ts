"use server";
// Sign-in, registration and sign-out forms: adapters over the same services and schemas as
// POST /api/auth/login and /register; errors come back as codes the forms translate.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "../i18n/routing";
import { credentialsSchema, registrationSchema, registerShopper, verifyCredentials, type PublicUser } from "./users";
import { authFieldErrors, type AuthFieldErrors } from "./form-errors";
import { safeCallbackPath } from "./callback-url";
import { endSession, startSession } from "./web-session";
import { clientIp } from "../api/client-ip";
import { AppError } from "../api/app-error";
import { formText } from "../forms/form-text";

export type AuthFormState =
  | { ok: true }
  | {
      ok: false;
      email: string;
      fieldErrors?: AuthFieldErrors;
      error?: "invalidCredentials" | "emailTaken" | "rateLimited" | "registerRateLimited" | "accountDisabled" | "twoFactorRequired";
      seconds?: number;
    };

function localeOf(form: FormData) {
  const locale = formText(form, "locale");
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

async function finish(user: PublicUser, form: FormData): Promise<never> {
  await startSession(user);
  redirect(safeCallbackPath(formText(form, "callbackUrl"), `/${localeOf(form)}/account`));
}

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = formText(form, "email");
  const parsed = credentialsSchema.safeParse({ email, password: formText(form, "password") });
  if (!parsed.success) return { ok: false, email, fieldErrors: authFieldErrors(parsed.error) };
  let user: PublicUser;
  try {
    user = await verifyCredentials(parsed.data, clientIp(await headers()));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "invalid_credentials") return { ok: false, email, error: "invalidCredentials" };
    if (error.code === "account_disabled") return { ok: false, email, error: "accountDisabled" };
    if (error.code === "rate_limited") return { ok: false, email, error: "rateLimited", seconds: error.details.retryAfterSeconds ?? 60 };
    // The shop's form has no code field: an operator with two-factor signs in at the console.
    if (error.code === "totp_required" || error.code === "totp_invalid") return { ok: false, email, error: "twoFactorRequired" };
    if (error.code === "forbidden") return { ok: false, email, error: "accountDisabled" };
    throw error;
  }
  return finish(user, form);
}

export async function registerAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = formText(form, "email");
  const parsed = registrationSchema.safeParse({ email, password: formText(form, "password") });
  if (!parsed.success) return { ok: false, email, fieldErrors: authFieldErrors(parsed.error) };
  let user: PublicUser;
  try {
    user = await registerShopper(parsed.data, clientIp(await headers()));
  } catch (error) {
    if (error instanceof AppError && error.code === "email_taken") return { ok: false, email, error: "emailTaken" };
    if (error instanceof AppError && error.code === "rate_limited") {
      return { ok: false, email, error: "registerRateLimited", seconds: error.details.retryAfterSeconds ?? 60 };
    }
    throw error;
  }
  return finish(user, form);
}

export async function signOutAction(form: FormData): Promise<void> {
  await endSession();
  redirect(`/${localeOf(form)}`);
}
