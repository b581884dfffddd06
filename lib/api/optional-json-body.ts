import "server-only";
// For POST endpoints whose JSON body is optional (an order action's note): no body is `{}`,
// anything sent must be JSON and pass the schema, like any other body.
import type { z } from "zod";
import { AppError } from "./app-error";
import { validationError } from "./validation-error";
import { readCappedText } from "../http/read-capped-body";
import { parseJsonText } from "./json-text";
import { isJsonContentType } from "./with-api";

const MAX_BYTES = 16 * 1024;

export async function optionalJsonBody<Schema extends z.ZodType>(req: Request, schema: Schema): Promise<z.infer<Schema>> {
  const text = await readCappedText(req, MAX_BYTES);
  let json: unknown = {};
  if (text.trim()) {
    if (!isJsonContentType(req.headers.get("content-type"))) {
      throw new AppError("unsupported_media_type", "Content-Type must be application/json");
    }
    json = parseJsonText(text);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
