import type { z } from "zod";
import { AppError } from "./app-error";

/** The first issue, phrased for a developer: the contract's own message where it has one. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError("validation", "Invalid request");
  if (issue.code === "unrecognized_keys") return new AppError("validation", `Unknown field: ${issue.keys.join(", ")}`);
  const field = issue.path.join(".");
  // Messages set in our schemas are complete sentences (some are the published strings).
  if (issue.message && /^[A-Z]/.test(issue.message)) return new AppError("validation", issue.message);
  return new AppError("validation", field ? `${field}: ${issue.message}` : issue.message);
}
