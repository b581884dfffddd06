import "server-only";
import { env } from "../../env";
import { AppError, errors } from "../../api/app-error";
import { ProviderError } from "./provider-http";
import { railFor } from "./rails";
import type { CashierMethod, RailName } from "./rail";

export type CashierStart = { payRail: RailName; payUrl: string | null; payQr: string | null };

export const providerUnavailable = () =>
  new AppError("payment_provider_unavailable", "Payment provider unavailable, please try again later");

/**
 * Opens the payment at the rail that serves the method, before the order or top-up is
 * written: if the provider is down or slow, the request fails and nothing was reserved.
 * (A trade opened for a request that then fails, say on stock, is never shown to anyone
 * and expires at the provider.) The provider calls back /api/payments/<rail>/notify.
 */
export async function startCashierPayment(
  method: CashierMethod,
  payable: { number: string; amountFen: bigint; expiresAt: Date; subject: string; returnPath: string },
): Promise<CashierStart> {
  const rail = railFor(method);
  if (!rail) throw errors.paymentMethodUnavailable();
  const site = new URL(env.SITE_URL!).origin;
  try {
    const answer = await rail.createPayment({
      method,
      outTradeNo: payable.number,
      amountFen: payable.amountFen,
      subject: payable.subject,
      expiresAt: payable.expiresAt,
      notifyUrl: `${site}/api/payments/${rail.name}/notify`,
      returnUrl: `${site}${payable.returnPath}`,
    });
    return { payRail: rail.name, payUrl: answer.payUrl, payQr: answer.qrCode };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    console.warn(`[stockline] ${payable.number}: payment not opened, ${error.message}`);
    throw providerUnavailable();
  }
}
