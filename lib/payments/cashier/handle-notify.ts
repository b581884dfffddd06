import "server-only";
import { AppError } from "../../api/app-error";
import { cashierRail, RAIL_NAMES } from "./rails";
import { settleCashierPayment } from "./settle";
import { readCappedText } from "../../http/read-capped-body";
import type { RailName } from "./rail";

const MAX_NOTIFY_BYTES = 64 * 1024;

/**
 * A provider's payment notify: verified by the rail (signature, merchant/app id), then
 * settled (the payable, its rail, its amount, once). Answered as the provider expects:
 * accepted for a payment applied now or before, refused for anything forged or wrong, so a
 * genuine notify that failed here is retried. Every refusal is logged with its reason; the
 * request itself (which may carry signatures) never is.
 */
export async function handleCashierNotify(railName: string, req: Request): Promise<Response> {
  const rail = (RAIL_NAMES as readonly string[]).includes(railName) ? cashierRail(railName as RailName) : null;
  // Not a rail: the API's own JSON 404 (a provider only ever calls a rail it was given).
  if (!rail) throw new AppError("not_found", "Not found");
  const body = await readCappedText(req, MAX_NOTIFY_BYTES).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "payload_too_large") return null;
    throw error;
  });
  if (body === null) return refuse(rail.name, "body too large", rail.notifyAnswer(false));

  const verdict = await rail.verifyNotify({ method: req.method, url: new URL(req.url), headers: req.headers, body });
  if (verdict.kind === "rejected") return refuse(rail.name, verdict.reason, rail.notifyAnswer(false));
  if (verdict.kind === "ignored") return rail.notifyAnswer(true);
  const settled = await settleCashierPayment(rail.name, verdict.payment);
  if (!settled.accepted) return refuse(rail.name, `${verdict.payment.outTradeNo}: ${settled.reason}`, rail.notifyAnswer(false));
  return rail.notifyAnswer(true);
}

function refuse(rail: string, reason: string, answer: Response): Response {
  console.warn(`[stockline] ${rail} notify refused: ${reason}`);
  return answer;
}
