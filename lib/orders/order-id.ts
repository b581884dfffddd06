// An order's id: a UUID (the contract's `id`), version 7, so that ids sort by the time they
// were made. The catalogue relies on it: one range on the orders' primary key finds the
// orders made since a moment, which tells whether a count of the stock saw this instance's
// orders that were under way while it ran (lib/catalog/stock-ledger.ts). Orders made before
// ids were time-ordered have random (version 4) ids: a range of a few hours holds almost none.
import { v7 } from "uuid";

/** A new order id; later calls in this process give greater ids (uuid's v7 keeps them monotonic). */
export const newOrderId = (): string => v7();

const TIME_ORDERED = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The milliseconds since 1970 a version 7 id was made at; null for any other id. */
export function orderIdTime(id: string): number | null {
  return TIME_ORDERED.test(id) ? parseInt(id.slice(0, 8) + id.slice(9, 13), 16) : null;
}

/**
 * The least id an order made at `ms` (milliseconds since 1970) or later can have, compared
 * as text: a version 7 UUID begins with its 48-bit time, "tttttttt-tttt-".
 */
export function firstOrderIdAt(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}
