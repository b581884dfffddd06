// What the checkout form starts with and what it asks a quote for: shared by the form (its
// state) and the product page's server render (the first quote, sent with the page), so the
// quote the page arrives with is the one the form would ask for.
import type { CheckoutQuoteInput } from "./checkout-quote";

export type OfferedMethods = { coins: { coin: string }[]; balance: boolean };

/** The method picked at first: crypto when a coin is offered, else the balance for a signed-in shopper. */
export function firstMethod(methods: OfferedMethods, signedIn: boolean): string {
  return methods.coins.length ? "crypto" : signedIn && methods.balance ? "balance_cny" : "";
}

/** The first offered coin, or "" when none is. */
export function firstCoin(methods: OfferedMethods): string {
  return methods.coins[0]?.coin ?? "";
}

/** The quote question for what the form holds, or null while there is nothing valid to quote. */
export function quoteInput(choice: {
  productId: string;
  quantity: number;
  couponCode?: string;
  method: string;
  coin: string;
}): CheckoutQuoteInput | null {
  if (choice.quantity < 1 || !choice.method || (choice.method === "crypto" && !choice.coin)) return null;
  return {
    productId: choice.productId,
    quantity: choice.quantity,
    couponCode: choice.couponCode,
    paymentMethod: choice.method,
    coin: choice.method === "crypto" ? choice.coin : undefined,
  };
}

/** A quote question as a stable string: two questions with the same key get the same answer. */
export function quoteKey(input: CheckoutQuoteInput | null): string {
  return input ? JSON.stringify(input) : "";
}
