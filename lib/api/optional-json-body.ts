import "server-only";
import type { z } from "zod";
import { AppError } from "./app-error";
import { validationError } from "./validation-error";

const MAX_BYTES = 4 * 1024;

/**
 * A small JSON body that may be left out (an endpoint that worked without one before, and
 * takes an option now): empty means undefined; anything else must be JSON and match.
 */
export async function optionalJsonBody<Schema extends z.ZodType>(req: Request, schema: Schema): Promise<z.infer<Schema> | undefined> {
  const text = await req.text();
  if (!text.trim()) return undefined;
  if (Buffer.byteLength(text) > MAX_BYTES) throw new AppError("payload_too_large", "Request body too large");
  if (!(req.headers.get("content-type") ?? "").toLowerCase().includes("application/json")) {
    throw new AppError("unsupported_media_type", "Content-Type must be application/json");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("validation", "Malformed JSON body");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
