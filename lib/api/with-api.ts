// The one wrapper every route handler goes through: body parsing with limits, auth, error
// mapping and the `{success:false, error}` shape. Internals never reach a response.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, errors } from "./app-error";
import { clientIp } from "./client-ip";
import { authenticateBearer, type AuthedUser } from "../auth/api-tokens";
import { validationError } from "./validation-error";
import { internalKeyMatches } from "../auth/internal-key";
import { adminFromSessionCookie } from "../auth/admin-session";

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
  options: { access: Access; body?: Schema },
  handler: (ctx: Context<Schema extends z.ZodType ? z.infer<Schema> : undefined>) => Promise<Response | object>,
) {
  return async (req: Request, route: { params: Promise<Record<string, string | string[] | undefined>> }) => {
    try {
      // Catch-all segments arrive as arrays; handlers see them joined with "/".
      const params = Object.fromEntries(
        Object.entries((await route?.params) ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : (value ?? "")]),
      );
      const query = new URL(req.url).searchParams;
      rejectNul([...Object.values(params), ...query.values()]);
      const user = await authorize(req, options.access);
      const body = options.body ? await parseBody(req, options.body) : undefined;
      const result = await handler({
        req,
        params,
        query,
        body: body as never,
        user,
        ip: clientIp(req.headers),
      });
      return result instanceof Response ? result : NextResponse.json({ success: true, ...result });
    } catch (error) {
      // The client hung up while sending its body: nobody is left to answer, and nothing went wrong here.
      if (req.signal.aborted || isClientAbort(error)) return new Response(null, { status: 499 });
      return errorResponse(error);
    }
  };
}

function isClientAbort(error: unknown): boolean {
  const failure = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  return (failure?.code === "ECONNRESET" && failure.message === "aborted") || failure?.name === "AbortError";
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.details.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.details.retryAfterSeconds);
    return NextResponse.json({ success: false, error: error.message, code: error.code }, { status: error.status, headers });
  }
  console.error("[stockline] unhandled error", error);
  return NextResponse.json({ success: false, error: "Internal server error", code: "internal" }, { status: 500 });
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
function rejectNul(values: string[]): void {
  if (values.some((value) => value.includes("\0"))) throw new AppError("validation", "Strings must not contain NUL characters");
}

async function parseBody(req: Request, schema: z.ZodType): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new AppError("unsupported_media_type", "Content-Type must be application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "Request body too large");
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError("payload_too_large", "Request body too large");
  let json: unknown;
  let hasNul = false;
  try {
    json = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === "string" && value.includes("\0")) hasNul = true;
      return value;
    });
  } catch {
    throw new AppError("validation", "Malformed JSON body");
  }
  if (hasNul) rejectNul(["\0"]);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
