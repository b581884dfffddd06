// Query strings through a zod schema, with the same 400 answer as a bad body.
import type { z } from "zod";
import { validationError } from "./validation-error";

export function parseQuery<Schema extends z.ZodType>(schema: Schema, query: URLSearchParams): z.infer<Schema> {
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
