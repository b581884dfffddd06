"use client";
import { useEffect, useRef, useState } from "react";
import type { CheckoutQuote, CheckoutQuoteInput } from "@/lib/orders/checkout-quote";
import { quoteKey } from "@/lib/orders/checkout-choice";

const SETTLE_MS = 300;

/** A quote the server rendered with the page, and the question it answers. */
export type FirstQuote = { input: CheckoutQuoteInput; quote: CheckoutQuote };

/**
 * The server's quote for what the form would order, asked again (after a short pause) when
 * the quantity, coupon, method or coin changes. The page arrives with the quote for what the
 * form starts with, so that one is shown at once and not asked again. An answer that arrives
 * after a newer question is dropped. `null` while nothing valid is to be quoted or the first
 * answer is on its way.
 */
export function useCheckoutQuote(
  ask: (input: CheckoutQuoteInput) => Promise<CheckoutQuote>,
  input: CheckoutQuoteInput | null,
  first: FirstQuote | null,
): CheckoutQuote | null {
  const key = quoteKey(input);
  const [quote, setQuote] = useState<CheckoutQuote | null>(first && quoteKey(first.input) === key ? first.quote : null);
  // The question the quote on screen answers: going back to it (quicker than the pause) asks nothing.
  const shown = useRef(first ? quoteKey(first.input) : "");
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (!key) {
      shown.current = "";
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the input became invalid: the old quote no longer applies
      setQuote(null);
      return;
    }
    if (key === shown.current) return;
    const timer = setTimeout(() => {
      ask(JSON.parse(key) as CheckoutQuoteInput).then(
        (answer) => {
          if (ticket !== latest.current) return;
          shown.current = key;
          setQuote(answer);
        },
        () => {
          if (ticket !== latest.current) return;
          shown.current = "";
          setQuote(null);
        },
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ask, key]);
  return quote;
}
