import "server-only";
import { createOrder, IdempotentRace, type Buyer } from "./create-order";
import { claimFor, replay } from "./idempotency";
import type { CreateOrderInput } from "./schemas";

/** Order creation as the API offers it: with an optional Idempotency-Key. */
export async function placeOrder(input: CreateOrderInput, buyer: Buyer, idempotencyKey: string | null) {
  const claim = claimFor(idempotencyKey, buyer, input);
  if (claim) {
    const previous = await replay(claim);
    if (previous) return previous;
  }
  try {
    return await createOrder(input, buyer, claim);
  } catch (error) {
    // A concurrent request with the same key committed first: answer what it answered.
    if (error instanceof IdempotentRace && claim) {
      const previous = await replay(claim);
      if (previous) return previous;
    }
    throw error;
  }
}
