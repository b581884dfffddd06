"use client";
import { useEffect, useState } from "react";
import type { LookupView } from "./lookup-state";

const POLL_MS = 4000;
const WAITING = ["pending", "paid"];

/**
 * The lookup result, kept current like the order page: while the order waits for payment or
 * delivery, its public status is polled; when it changes, the result is fetched again with the
 * lookup's grant (no lookup limit spent), so the items appear without looking it up again.
 */
export function useLiveLookup(
  view: LookupView | undefined,
  refresh: (grant: string) => Promise<LookupView | null>,
): LookupView | undefined {
  const [live, setLive] = useState(view);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a new lookup answer replaces the polled one
  useEffect(() => setLive(view), [view]);
  const status = live?.found.order.status;
  const orderNo = live?.found.order.order_no;
  const grant = live?.grant;
  useEffect(() => {
    if (!status || !orderNo || !grant || !WAITING.includes(status)) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      try {
        const response = await fetch(`/api/orders/${encodeURIComponent(orderNo!)}/status`, { cache: "no-store" });
        const body = (await response.json()) as { status?: string };
        if (!stopped && body.status && body.status !== status) {
          const next = await refresh(grant!);
          if (!stopped && next) setLive(next);
          return;
        }
      } catch {
        // A dropped connection: try again on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [status, orderNo, grant, refresh]);
  return live;
}
