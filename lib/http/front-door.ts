// Requests refused before they reach Next, because Next would answer them with a 500 (it
// cannot decode them) or hold resources for them: the first line of the "bad input gets a
// 4xx" rule. Used by scripts/http-server.ts; pure functions, unit-tested.

import { replyProblem } from "./action-reply";

export type Refusal = { status: number; error: string; code: string };

/** Next's default server-action body limit (next.config serverActions.bodySizeLimit is left at 1 MB). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/");

/** A path Next cannot decode (`/api/products/%ff`) is bad input, answered before routing or auth. */
export function urlRefusal(url: string): Refusal | null {
  const path = url.split("?")[0]!;
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return { status: 400, error: "Malformed percent-encoding in the path", code: "validation" };
  }
}

/**
 * A request with a body to a page is a server action: its size must be declared and within
 * Next's limit (over it Next throws, which answers 500). Browsers always send Content-Length
 * for form posts and action calls.
 */
export function pageBodyRefusal(method: string, path: string, headers: Record<string, string | string[] | undefined>): Refusal | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS" || isApiPath(path) || path.startsWith("/_next/")) return null;
  const declared = headers["content-length"];
  if (declared === undefined) {
    if (headers["transfer-encoding"] === undefined) return null; // no body at all
    return { status: 411, error: "Content-Length required", code: "length_required" };
  }
  if (Number(declared) > ACTION_BODY_LIMIT_BYTES) return { status: 413, error: "Request body too large", code: "payload_too_large" };
  return null;
}

const malformed: Refusal = { status: 400, error: "Malformed server action request", code: "validation" };

// React's reply encoding: with a Next-Action header, the fields named by a hex id ("0", "1f")
// are JSON chunks (other fields belong to FormData arguments); a form posted without
// JavaScript carries its bound arguments as `$ACTION_<n>:<id>` chunks.
const FETCH_ACTION_PART = /^[0-9a-f]+$/;
const FORM_ACTION_PART = /^(\$ACTION_\d+:)([0-9a-f]+)$/;

/**
 * The body of a server action call, checked the way React will decode it (lib/http/action-reply.ts);
 * Next answers a body that fails to decode with a 500.
 */
export async function actionBodyRefusal(headers: Record<string, string | string[] | undefined>, body: Buffer): Promise<Refusal | null> {
  const contentType = String(headers["content-type"] ?? "");
  const fetchAction = headers["next-action"] !== undefined;
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType);
  if (!isForm) {
    if (!fetchAction) return null;
    return replyProblem(new Map([["0", body.toString("utf8")]]), { argumentsRoot: true }) ? malformed : null;
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return malformed;
  }
  // Chunks by prefix: "" for a fetch action, "$ACTION_<n>:" for each action of a plain form post.
  const replies = new Map<string, Map<string, string | null>>();
  for (const [name, value] of form.entries()) {
    const part = fetchAction ? (FETCH_ACTION_PART.test(name) ? ["", name] : null) : FORM_ACTION_PART.exec(name)?.slice(1);
    if (!part) continue;
    const [prefix, id] = part as [string, string];
    if (!replies.has(prefix)) replies.set(prefix, new Map());
    // A file part is a blob a `$B<id>` reference points at, not JSON.
    replies.get(prefix)!.set(parseInt(id, 16).toString(16), typeof value === "string" ? value : null);
  }
  if (fetchAction && !replies.has("")) return malformed;
  for (const chunks of replies.values()) {
    if (replyProblem(chunks, { argumentsRoot: fetchAction })) return malformed;
  }
  return null;
}
