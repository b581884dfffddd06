import "server-only";
import { createOrder, IdempotentRace } from "./create-order";
import { claimFor, replay } from "./idempotency";
import type { CreateOrderInput } from "./schemas";
import type { Locale } from "../i18n/routing";

/** Order creation as the API offers it: with an optional Idempotency-Key. */
export async function placeOrder(input: CreateOrderInput, userId: string | null, idempotencyKey: string | null, locale?: Locale) {
  const claim = claimFor(idempotencyKey, userId, input);
  if (claim) {
    const previous = await replay(claim);
    if (previous) return previous;
  }
  try {
    return await createOrder(input, { userId, locale }, claim);
  } catch (error) {
    // A concurrent request with the same key committed first: answer what it answered.
    if (error instanceof IdempotentRace && claim) {
      const previous = await replay(claim);
      if (previous) return previous;
    }
    throw error;
  }
}
