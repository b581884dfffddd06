import "server-only";
import { AppError } from "../api/app-error";
import { formText } from "../forms/form-text";
import { createTopupSchema } from "./schemas";
import { createTopup, topupLimits } from "./create-topup";
import type { Locale } from "../i18n/routing";

export type TopupFormError =
  | { key: "amountInvalid" | "methodUnavailable" | "providerDown" | "coinUnavailable" | "invalid" }
  | { key: "amountRange"; min: string; max: string; currency: string };

/** What the account's top-up form shows after a refused submit: the error and the values to keep. */
export type TopupFormState = { error?: TopupFormError; values: { currency: string; amount: string; paymentMethod: string; coin: string } };

export type TopupFormResult = { ok: true; id: string } | { ok: false; state: TopupFormState };

/** The form's top-up through the same schema and service as POST /api/topups; AppErrors become translated keys. */
export async function topupFromForm(form: FormData, userId: string, locale: Locale): Promise<TopupFormResult> {
  const values = {
    currency: formText(form, "currency").trim(),
    amount: formText(form, "amount").trim(),
    paymentMethod: formText(form, "paymentMethod").trim(),
    coin: formText(form, "coin").trim(),
  };
  const refuse = (error: TopupFormError): TopupFormResult => ({ ok: false, state: { error, values } });
  const parsed = createTopupSchema.safeParse({ ...values, coin: values.paymentMethod === "crypto" ? values.coin || undefined : undefined });
  if (!parsed.success) return refuse({ key: parsed.error.issues[0]?.path[0] === "amount" ? "amountInvalid" : "invalid" });
  try {
    const answer = await createTopup(parsed.data, userId, locale);
    return { ok: true, id: answer.topup.id };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "payment_method_unavailable") return refuse({ key: "methodUnavailable" });
    if (error.code === "payment_provider_unavailable") return refuse({ key: "providerDown" });
    if (error.code === "coin_unavailable") return refuse({ key: "coinUnavailable" });
    if (error.message.startsWith("Top-up amount")) {
      const limits = topupLimits(parsed.data.currency);
      return refuse({ key: "amountRange", min: limits.minText, max: limits.maxText, currency: parsed.data.currency });
    }
    return refuse({ key: "invalid" });
  }
}
