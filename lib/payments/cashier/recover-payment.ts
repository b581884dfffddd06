import "server-only";
import { ProviderError } from "./provider-http";
import { cashierRail, RAIL_NAMES } from "./rails";
import { settleCashierPayment } from "./settle";
import type { RailName } from "./rail";

export type Recovery = "settled" | "unpaid" | "refused" | "provider_error";

/**
 * A notify that never came: asks the payable's rail about its trade and, when the provider
 * says it was paid, settles it exactly as the notify would have (same event key, so a
 * notify arriving later is a duplicate).
 */
export async function recoverCashierPayment(railName: string, outTradeNo: string): Promise<Recovery> {
  const rail = (RAIL_NAMES as readonly string[]).includes(railName) ? cashierRail(railName as RailName) : null;
  if (!rail) return "provider_error";
  try {
    const state = await rail.queryTrade(outTradeNo);
    if (state.kind === "unpaid") return "unpaid";
    const settled = await settleCashierPayment(rail.name, state.payment);
    if (settled.accepted) return "settled";
    console.warn(`[stockline] ${rail.name} query for ${outTradeNo} refused: ${settled.reason}`);
    return "refused";
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    console.warn(`[stockline] ${rail.name} query for ${outTradeNo} failed: ${error.reason}`);
    return "provider_error";
  }
}

const ASK_EVERY_MS = 10_000;
const lastAsked = new Map<string, number>();

/**
 * While a buyer's payment page (or the return page) polls an unpaid cashier payable, the
 * provider is asked at most every 10 s per payable and instance, in the background: the poll
 * itself answers at once, and a later poll sees the result.
 */
export function askProviderSoon(railName: string, outTradeNo: string): void {
  const now = Date.now();
  if (now - (lastAsked.get(outTradeNo) ?? 0) < ASK_EVERY_MS) return;
  lastAsked.set(outTradeNo, now);
  if (lastAsked.size > 10_000) for (const [key, at] of lastAsked) if (now - at > ASK_EVERY_MS) lastAsked.delete(key);
  void recoverCashierPayment(railName, outTradeNo).catch((error) =>
    console.error(`[stockline] payment query for ${outTradeNo} failed`, error),
  );
}
