/**
 * A text field of a posted form, or "" when it is missing or a file. A server action can be
 * called with anything a client encodes, so a `form` that is not FormData reads as empty; a
 * value with a NUL reads as missing too (no browser sends one, and PostgreSQL text cannot
 * hold it: a query with one fails), as the API refuses it.
 */
export function formText(form: unknown, name: string): string {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" && !value.includes("\0") ? value : "";
}
