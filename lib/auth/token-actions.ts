"use server";
// Create and revoke API tokens from the account area: adapters over lib/auth/api-tokens.ts,
// always for the session's own user.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "../i18n/routing";
import { apiTokenNameSchema, issueApiToken, revokeApiToken } from "./api-tokens";
import { requireUser } from "./web-session";
import { AppError } from "../api/app-error";
import { formText } from "../forms/form-text";

export type CreateTokenState =
  | { ok: true; token: string; name: string }
  | { ok: false; name: string; error?: "tokenNameRequired" | "tokenNameTooLong" };

/** The tokens page in the form's locale, and its signed-in user (or a redirect to sign-in). */
async function ownerOf(form: FormData) {
  const raw = formText(form, "locale");
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const path = `/${locale}/account/tokens`;
  return { path, user: await requireUser(locale, path) };
}

export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const { path, user } = await ownerOf(form);
  const name = formText(form, "name");
  const parsed = apiTokenNameSchema.safeParse(name);
  if (!parsed.success) {
    return { ok: false, name, error: parsed.error.issues[0]?.code === "too_big" ? "tokenNameTooLong" : "tokenNameRequired" };
  }
  const { token } = await issueApiToken(user.id, parsed.data);
  revalidatePath(path);
  return { ok: true, token, name: parsed.data };
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const { path, user } = await ownerOf(form);
  const tokenId = formText(form, "tokenId");
  let outcome = "1";
  try {
    await revokeApiToken(user.id, tokenId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    outcome = "missing";
  }
  // A plain form post: the answer is a page with the outcome in its URL, so it works without JavaScript.
  // `at` makes every revoke a new address, so the page can drop messages older than it.
  redirect(`${path}?revoked=${outcome}&at=${Date.now()}`);
}
