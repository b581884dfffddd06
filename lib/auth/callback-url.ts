// Where to go after signing in: only a path on this site. Anything else (another origin,
// `//host`, `/\host`, a scheme) falls back, so the sign-in page cannot be an open redirect.
const BASE = "http://same-site.invalid";

export function safeCallbackPath(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
