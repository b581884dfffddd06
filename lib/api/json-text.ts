import "server-only";
// A JSON request body as the API takes it. Strings are stored as they come, so two kinds no
// database keeps are refused here, as bad input: NUL (PostgreSQL text cannot hold it) and a
// lone UTF-16 surrogate (`"\ud800"` parses to one; it has no UTF-8 form, and SQLite's driver
// fails on it).
import { AppError } from "./app-error";

// With the u flag a surrogate pair is one code point: only a lone surrogate matches.
const LONE_SURROGATE = /\p{Cs}/u;

export function parseJsonText(text: string): unknown {
  let json: unknown;
  let bad: string | undefined;
  try {
    json = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === "string" && !bad) {
        if (value.includes("\0")) bad = "Strings must not contain NUL characters";
        else if (LONE_SURROGATE.test(value)) bad = "Strings must be valid Unicode (no lone surrogates)";
      }
      return value;
    });
  } catch {
    throw new AppError("validation", "Malformed JSON body");
  }
  if (bad) throw new AppError("validation", bad);
  return json;
}
