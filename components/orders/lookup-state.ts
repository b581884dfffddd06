import type { lookupOrder } from "@/lib/orders/order-views";

export type LookupFound = Awaited<ReturnType<typeof lookupOrder>>;

/** What the lookup form shows after a submit: the fields as typed, and an error or the found order (with the QR of its receiving address while unpaid). */
export type LookupState = { orderNo: string; email: string; error?: string; found?: LookupFound; qrSvg?: string };
