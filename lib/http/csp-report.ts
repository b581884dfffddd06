import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "../api/app-error";
import { readCappedText } from "./read-capped-body";

// Reports are logged for the operator; per address a few a minute are enough to notice a
// broken page, and a client cannot flood the log.
const limiter = new RateLimiterMemory({ keyPrefix: "csp_report", points: 20, duration: 60 });
const MAX_REPORT_BYTES = 8 * 1024;

const field = (value: unknown) => (typeof value === "string" ? value.slice(0, 200).replace(/[\r\n]/g, " ") : "?");

/** One line in the server log per report the browser sends (report-uri format). */
export async function logCspReport(req: Request, ip: string): Promise<void> {
  // Browsers declare the length of a report; anything else is not one.
  if (!(Number(req.headers.get("content-length")) <= MAX_REPORT_BYTES)) throw new AppError("payload_too_large", "Request body too large");
  const text = await readCappedText(req, MAX_REPORT_BYTES);
  if (
    !(await limiter.consume(ip).then(
      () => true,
      () => false,
    ))
  )
    return;
  let report: Record<string, unknown> | undefined;
  try {
    report = (JSON.parse(text) as { "csp-report"?: Record<string, unknown> })["csp-report"];
  } catch {
    return;
  }
  if (!report || typeof report !== "object") return;
  // Where the blocked code came from, when the browser says: the script to look at.
  const source =
    typeof report["source-file"] === "string" ? ` (from ${field(report["source-file"])}:${Number(report["line-number"]) || 0})` : "";
  console.warn(
    `[stockline] CSP violation: ${field(report["effective-directive"] ?? report["violated-directive"])} blocked ` +
      `${field(report["blocked-uri"])} on ${field(report["document-uri"])}${source}`,
  );
}
