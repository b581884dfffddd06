"use server";
// The payment page's "Simulate payment (demo)" button: the status link proves the order with
// its token, the account page with the signed-in owner. Either way the order is then shown
// again (delivered, or as it was if the simulation was refused).
import { redirect } from "@/lib/i18n/navigation";
import { localeOf } from "../../i18n/request-locale";
import { AppError } from "../../api/app-error";
import { currentUser } from "../../auth/web-session";
import { formText } from "../../forms/form-text";
import { simulateDemoPayment } from "./demo-payment";

export async function simulateDemoPaymentAction(formData: FormData): Promise<void> {
  const orderId = formText(formData, "orderId");
  const token = formText(formData, "token");
  const locale = localeOf(formText(formData, "locale"));
  const user = token ? null : await currentUser();
  try {
    if (token) await simulateDemoPayment(orderId, { token });
    else if (user) await simulateDemoPayment(orderId, { userId: user.id });
  } catch (error) {
    // Refused (not a demo address, wrong token): the page below says what the order is.
    if (!(error instanceof AppError)) throw error;
  }
  const href = token
    ? { pathname: `/orders/${encodeURIComponent(orderId)}`, query: { token } }
    : `/account/orders/${encodeURIComponent(orderId)}`;
  redirect({ href, locale });
}
