// The events an operator's endpoint can subscribe to.
export const WEBHOOK_EVENTS = [
  "order.created",
  "order.paid",
  "order.completed",
  "order.expired",
  "order.refunded",
  "topup.credited",
  "payment.unmatched",
  "stock.low",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Stored as ",order.paid,order.completed," so one `LIKE '%,order.paid,%'` finds an event's subscribers. */
export function encodeEventList(events: readonly WebhookEventType[]): string {
  return `,${[...new Set(events)].join(",")},`;
}

export function decodeEventList(stored: string): WebhookEventType[] {
  return stored.split(",").filter(Boolean) as WebhookEventType[];
}
