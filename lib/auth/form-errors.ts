// Zod issues of the credentials/registration schemas -> the message keys the forms translate
// (the API sends the schemas' English messages; the UI says the same in the user's language).
import type { z } from "zod";

export type AuthFieldError = "emailInvalid" | "passwordRequired" | "passwordTooShort" | "passwordTooLong";
export type AuthFieldErrors = { email?: AuthFieldError; password?: AuthFieldError };

export function authFieldErrors(error: z.ZodError): AuthFieldErrors {
  const fields: AuthFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === "email") fields.email ??= "emailInvalid";
    if (field !== "password" || fields.password) continue;
    if (issue.code === "too_big") fields.password = "passwordTooLong";
    else if (issue.code === "too_small" && Number(issue.minimum) > 1) fields.password = "passwordTooShort";
    else fields.password = "passwordRequired";
  }
  return fields;
}
