// The one wrapper every route handler goes through: body parsing with limits, auth, error
// mapping and the `{success:false, error}` shape. Internals never reach a response.
import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, errors } from "./app-error";
import { clientIp } from "./client-ip";
import { authenticateBearer, type AuthedUser } from "../auth/api-tokens";
import { validationError } from "./validation-error";
import { internalKeyMatches } from "../auth/internal-key";
import { adminFromSessionCookie } from "../auth/admin-session";
import { readCappedText } from "../http/read-capped-body";
import { parseJsonText } from "./json-text";
import { jsonAnswer } from "./json-answer";

export type Access = "public" | "optional-user" | "user" | "admin" | "internal";

type Context<Body> = {
  req: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Body;
  user: AuthedUser | null;
  ip: string;
};

const MAX_BODY_BYTES = 16 * 1024;

export function withApi<Schema extends z.ZodType | undefined = undefined>(
  options: { access: Access; body?: Schema; rawBody?: boolean },
  handler: (ctx: Context<Schema extends z.ZodType ? z.infer<Schema> : undefined>) => Promise<Response | object>,
) {
  return async (req: Request, route: { params: Promise<Record<string, string | string[] | undefined>> }) => {
    try {
      const params = joinedParams(await route?.params);
      // Next hands route handlers a NextRequest whose URL is parsed already; a plain Request
      // (a unit test's) is parsed here.
      const query = (req as Partial<NextRequest>).nextUrl?.searchParams ?? new URL(req.url).searchParams;
      rejectNul(params, query);
      const user = options.access === "public" ? null : await authorize(req, options.access);
      const body = options.body ? await parseBody(req, options.body) : undefined;
      if (!options.body && !options.rawBody && req.method !== "GET" && req.method !== "HEAD") refuseUnexpectedBody(req);
      const result = await handler({
        req,
        params,
        query,
        body: body as never,
        user,
        // Read only by the routes that limit by address.
        get ip() {
          return clientIp(req.headers);
        },
      });
      return result instanceof Response ? noStore(result) : jsonAnswer(JSON.stringify({ success: true, ...result }));
    } catch (error) {
      // The client hung up while sending its body: nobody is left to answer, and nothing went wrong here.
      if (req.signal.aborted || isClientAbort(error)) return new Response(null, { status: 499 });
      return noStore(errorResponse(error));
    }
  };
}

// Catch-all segments arrive as arrays; handlers see them joined with "/".
function joinedParams(raw: Record<string, string | string[] | undefined> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key in raw) {
    const value = raw[key];
    params[key] = Array.isArray(value) ? value.join("/") : (value ?? "");
  }
  return params;
}

// API answers can carry delivered items, order access tokens and bearer tokens: no cache
// (browser, proxy or CDN) may keep one. The catalogue is cheap to serve again. An answer made
// by jsonAnswer keeps its `no-transform` (./json-answer.ts).
function noStore(response: Response): Response {
  const whole = response.headers.get("Cache-Control")?.includes("no-transform");
  response.headers.set("Cache-Control", whole ? "no-store, no-transform" : "no-store");
  return response;
}

function isClientAbort(error: unknown): boolean {
  const failure = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  return (failure?.code === "ECONNRESET" && failure.message === "aborted") || failure?.name === "AbortError";
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.details.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.details.retryAfterSeconds);
    return jsonAnswer(JSON.stringify({ success: false, error: error.message, code: error.code }), { status: error.status, headers });
  }
  console.error("[stockline] unhandled error", error);
  return jsonAnswer(JSON.stringify({ success: false, error: "Internal server error", code: "internal" }), { status: 500 });
}

async function authorize(req: Request, access: Access): Promise<AuthedUser | null> {
  if (access === "public") return null;
  if (access === "internal") {
    if (!internalKeyMatches(req.headers)) throw errors.unauthorized("Internal key required");
    return null;
  }
  const header = req.headers.get("authorization");
  // The admin API also takes an operator's web session (lib/auth/admin-session.ts).
  const session = !header && access === "admin" ? await adminFromSessionCookie(req) : null;
  if (session === "not_admin") throw errors.forbidden();
  const user = header ? await authenticateBearer(header) : session;
  if (access === "optional-user") return user;
  if (!user) throw errors.unauthorized(header ? "Invalid or expired token" : "Login required");
  if (access === "admin" && user.role !== "admin") throw errors.forbidden();
  return user;
}

// PostgreSQL text cannot hold NUL (a query with one fails), so it is refused as bad input
// at the edge, for path, query and body alike.
function rejectNul(params: Record<string, string>, query: URLSearchParams): void {
  for (const value of Object.values(params)) if (value.includes("\0")) throw nulRefused();
  for (const value of query.values()) if (value.includes("\0")) throw nulRefused();
}

const nulRefused = () => new AppError("validation", "Strings must not contain NUL characters");

// Only the media type itself counts: `text/plain; charset=application/json` is text/plain,
// which a cross-site page can send without a CORS preflight.
export function isJsonContentType(header: string | null): boolean {
  return header?.split(";")[0]!.trim().toLowerCase() === "application/json";
}

// A route that reads no body still answers one like every other POST: JSON and small, or refused.
function refuseUnexpectedBody(req: Request): void {
  const declared = req.headers.get("content-length");
  const hasBody = (declared !== null && declared !== "0") || req.headers.has("transfer-encoding");
  if (!hasBody) return;
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Content-Type must be application/json");
  }
  if (Number(declared ?? "0") > MAX_BODY_BYTES) throw new AppError("payload_too_large", "Request body too large");
}

async function parseBody(req: Request, schema: z.ZodType): Promise<unknown> {
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Content-Type must be application/json");
  }
  const json = parseJsonText(await readCappedText(req, MAX_BODY_BYTES));
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
