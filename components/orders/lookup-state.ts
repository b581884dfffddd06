import type { lookupOrder } from "@/lib/orders/order-views";
import type { OrderProductView } from "@/lib/orders/order-product";

export type LookupFound = Awaited<ReturnType<typeof lookupOrder>>;

/** A found order with what its page shows beside it: the product, the payment QR while unpaid, and the grant that refreshes it. */
export type LookupView = {
  found: LookupFound;
  product: OrderProductView | null;
  qr?: { svg: string; carriesAmount: boolean };
  /** Signed by the server (lib/orders/lookup-grant.ts): refreshes this result without another lookup. */
  grant: string;
};

/**
 * What the lookup form shows after a submit: the fields as typed (kept on every answer, also a
 * refusal), and an error (with when to retry, when the limit refused) or the found order.
 */
export type LookupState = { orderNo: string; email: string; error?: string; retryAt?: number; view?: LookupView };
