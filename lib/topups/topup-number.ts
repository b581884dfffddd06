import { newOrderNumber } from "../orders/order-number";

/** `TU` + yymmdd + 4 digits + 4 capital letters: an order number's shape, told apart by its prefix. */
export function newTopupNumber(now = new Date()): string {
  return `TU${newOrderNumber(now).slice(2)}`;
}

export const TOPUP_NUMBER_PATTERN = /^TU\d{10}[A-Z]{4}$/;
