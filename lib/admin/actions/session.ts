"use server";
// The console's sign-in (email, password and the two-factor code) and two-factor set-up.
// Sign-in checks credentials with the same service as POST /api/auth/login, then writes the
// same session cookie as the shop's own sign-in form.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { credentialsSchema, verifyCredentials, type PublicUser } from "../../auth/users";
import { endSession, startSession } from "../../auth/web-session";
import { requireAdminActor } from "../../auth/admin-session";
import { checkAccountAccess } from "../../auth/two-factor";
import { clientIp } from "../../api/client-ip";
import { AppError } from "../../api/app-error";
import { enrolOperator, renewOperatorRecoveryCodes } from "../operator-two-factor";
import { text } from "./action-state";
import { localeOf } from "./locale";

export type AdminSignInState = {
  ok: boolean | null;
  email?: string;
  error?: "invalidCredentials" | "totpRequired" | "totpInvalid" | "rateLimited" | "accountDisabled" | "notOperator" | "invalidInput";
  seconds?: number;
};

const signInErrors: Partial<Record<string, AdminSignInState["error"]>> = {
  invalid_credentials: "invalidCredentials",
  totp_required: "totpRequired",
  totp_invalid: "totpInvalid",
  rate_limited: "rateLimited",
  forbidden: "accountDisabled",
};

export async function adminSignInAction(_previous: AdminSignInState, form: FormData): Promise<AdminSignInState> {
  const email = text(form, "email");
  const parsed = credentialsSchema.safeParse({ email, password: text(form, "password"), totp: text(form, "totp").trim() || undefined });
  if (!parsed.success) return { ok: false, email, error: "invalidInput" };
  let user: PublicUser;
  try {
    user = await verifyCredentials(parsed.data, clientIp(await headers()));
  } catch (error) {
    const key = error instanceof AppError ? signInErrors[error.code] : undefined;
    if (!key) throw error;
    return { ok: false, email, error: key, seconds: error instanceof AppError ? error.details.retryAfterSeconds : undefined };
  }
  if (user.role !== "admin") return { ok: false, email, error: "notOperator" };
  await startSession(user);
  redirect(`/${localeOf(form)}/admin`);
}

export type TwoFactorState = { ok: boolean | null; error?: "wrongCode"; recoveryCodes?: string[] };

/** Completes enrolment with the first code from the app and shows the recovery codes once. */
export async function enrolTwoFactorAction(_previous: TwoFactorState, form: FormData): Promise<TwoFactorState> {
  const actor = await requireAdminActor({ allowWithoutTwoFactor: true });
  const recoveryCodes = await enrolOperator(actor, text(form, "code"));
  return recoveryCodes ? { ok: true, recoveryCodes } : { ok: false, error: "wrongCode" };
}

/** New recovery codes (the old ones stop working), after a current code proves the authenticator. */
export async function renewRecoveryCodesAction(_previous: TwoFactorState, form: FormData): Promise<TwoFactorState> {
  const actor = await requireAdminActor();
  try {
    await checkAccountAccess({ id: actor.id }, text(form, "code"));
  } catch (error) {
    if (error instanceof AppError && (error.code === "totp_invalid" || error.code === "totp_required"))
      return { ok: false, error: "wrongCode" };
    throw error;
  }
  return { ok: true, recoveryCodes: await renewOperatorRecoveryCodes(actor) };
}

export async function adminSignOutAction(form: FormData): Promise<void> {
  await endSession();
  redirect(`/${localeOf(form)}/admin/sign-in`);
}
