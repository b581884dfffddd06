"use client";
import { useEffect, useRef, useState } from "react";
import type { CheckoutQuote, CheckoutQuoteInput } from "@/lib/orders/checkout-quote";

const SETTLE_MS = 300;

/**
 * The server's quote for what the form would order, asked again (after a short pause) when
 * the quantity, coupon, method or coin changes. An answer that arrives after a newer question
 * is dropped. `null` while nothing valid is to be quoted or the first answer is on its way.
 */
export function useCheckoutQuote(
  ask: (input: CheckoutQuoteInput) => Promise<CheckoutQuote>,
  input: CheckoutQuoteInput | null,
): CheckoutQuote | null {
  const [quote, setQuote] = useState<CheckoutQuote | null>(null);
  const latest = useRef(0);
  const key = input ? JSON.stringify(input) : "";
  useEffect(() => {
    const ticket = ++latest.current;
    if (!key) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the input became invalid: the old quote no longer applies
      setQuote(null);
      return;
    }
    const timer = setTimeout(() => {
      ask(JSON.parse(key) as CheckoutQuoteInput).then(
        (answer) => {
          if (ticket === latest.current) setQuote(answer);
        },
        () => {
          if (ticket === latest.current) setQuote(null);
        },
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ask, key]);
  return quote;
}
