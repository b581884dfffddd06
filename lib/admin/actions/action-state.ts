// What a console form's server action answers: nothing yet, done, or why not — an error key
// the form translates (Admin.errors.*) and the fields to mark. Actions never throw for bad
// input; only a non-operator gets a real 403 (lib/auth/admin-session.ts).
import { ZodError } from "zod";
import { AppError } from "../../api/app-error";
import { formText } from "../../forms/form-text";

export type ActionState = {
  ok: boolean | null;
  error?: AdminErrorKey;
  /** The API's English message, shown under the translated one for details (field rules). */
  detail?: string;
  fields?: string[];
  /** A short result the form shows (e.g. "added 3"); values are already formatted. */
  result?: Record<string, string | number>;
};

export const idle: ActionState = { ok: null };

export const ADMIN_ERROR_KEYS = [
  "invalid",
  "conflict",
  "notFound",
  "insufficientBalance",
  "notPending",
  "notCompleted",
  "alreadyCredited",
  "ownAccount",
  "failed",
] as const;
export type AdminErrorKey = (typeof ADMIN_ERROR_KEYS)[number];

/** An error of a service, or a zod error of the form's schema, as a form state. */
export function failed(error: unknown): ActionState {
  if (error instanceof ZodError) {
    const first = error.issues[0];
    return {
      ok: false,
      error: "invalid",
      fields: [...new Set(error.issues.map((issue) => String(issue.path[0] ?? "")))],
      detail: first?.message,
    };
  }
  if (error instanceof AppError) {
    const key: AdminErrorKey =
      error.code === "conflict"
        ? "conflict"
        : error.code === "not_found" || error.code === "product_not_found" || error.code === "order_not_found"
          ? "notFound"
          : error.code === "insufficient_balance"
            ? "insufficientBalance"
            : error.message.startsWith("Only a pending")
              ? "notPending"
              : error.message.startsWith("Only a completed")
                ? "notCompleted"
                : error.message.startsWith("This order's value is already")
                  ? "alreadyCredited"
                  : error.message.startsWith("You cannot disable your own")
                    ? "ownAccount"
                    : error.code === "validation"
                      ? "invalid"
                      : "failed";
    return { ok: false, error: key, detail: error.message };
  }
  throw error;
}

// Form fields -> the JSON the API takes, so the console and /api/admin share one schema. An
// action can be called with anything a client encodes: a `form` that is not FormData reads as empty.
export const text = (form: FormData, name: string) => formText(form, name);
export const has = (form: FormData, name: string) => form instanceof FormData && form.has(name);
export const textList = (form: FormData, name: string) =>
  form instanceof FormData ? form.getAll(name).filter((value): value is string => typeof value === "string" && !value.includes("\0")) : [];
export const optionalText = (form: FormData, name: string) => (has(form, name) ? formText(form, name) : undefined);
export const nullableText = (form: FormData, name: string) => formText(form, name).trim() || null;
/** A number field: "" stays "" (so the schema says what is wrong) unless empty means unset. */
export function numberField(form: FormData, name: string): number | string | undefined {
  const raw = formText(form, name).trim();
  if (!has(form, name)) return undefined;
  return raw !== "" && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}
export const checkbox = (form: FormData, name: string) => ["on", "true"].includes(formText(form, name));

/**
 * A plain form's write to a record that is not there (a second click, another operator, an id
 * no page rendered): undefined, and the page the form lands on shows how things are. Thrown,
 * it would answer the form with a 500.
 */
export async function unlessGone<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return undefined;
    throw error;
  }
}
