"use server";
// The account's top-up: start one (then its payment page), and the payment page's status
// poll. Adapters over lib/topups, always for the session's own user.
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { currentUser, requireUser } from "@/lib/auth/web-session";
import { AppError } from "@/lib/api/app-error";
import { topupFromForm, type TopupFormState } from "@/lib/topups/topup-form";
import { ownTopup } from "@/lib/topups/topup-views";
import { formText } from "@/lib/forms/form-text";

export async function createTopupAction(_previous: TopupFormState, form: FormData): Promise<TopupFormState> {
  const raw = formText(form, "locale");
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const user = await requireUser(locale, `/${locale}/account/top-up`);
  const result = await topupFromForm(form, user.id, locale);
  if (!result.ok) return result.state;
  redirect(`/${locale}/account/top-ups/${result.id}`);
}

/** The top-up's status for its payment page's poll; null when it is not the signed-in user's. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function topupStatusAction(topupId: string): Promise<string | null> {
  // The id comes back from the client: anything but a top-up id (a UUID) is no top-up of theirs,
  // and some strings fail in the database driver (a lone surrogate in SQLite).
  if (typeof topupId !== "string" || !UUID.test(topupId)) return null;
  const user = await currentUser();
  if (!user) return null;
  try {
    return (await ownTopup(user.id, topupId)).topup.status;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
