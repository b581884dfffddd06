"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { statusSignature } from "./status-signature";

const POLL_MS = 3000;

/**
 * Polls the order's status endpoint while it waits; once the status or the chain's progress
 * changes (payment seen, one more confirmation, paid, completed, expired, cancelled) the server
 * component is rendered again in place with router.refresh(): the delivery view appears
 * without a page load. `current` is the page's statusSignature.
 */
export function LiveStatus({
  orderId,
  token,
  current,
  message,
  check,
}: {
  orderId: string;
  token: string | null;
  current: string;
  message: string;
  /** Another way to read the status (a top-up's server action) instead of the order status endpoint. */
  check?: () => Promise<string | null>;
}) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    // Without a token (the owner's account page) the status alone tells when to render again.
    const url = `/api/orders/${encodeURIComponent(orderId)}/status${token ? `?token=${encodeURIComponent(token)}` : ""}`;
    async function poll() {
      try {
        let signature: string | null;
        if (check) signature = await check();
        else {
          const body = (await (await fetch(url, { cache: "no-store" })).json()) as Parameters<typeof statusSignature>[0];
          signature = body.status ? statusSignature(body) : null;
        }
        if (!stopped && signature && signature !== current) {
          stopped = true;
          router.refresh();
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
  }, [orderId, token, current, router, check]);
  return (
    <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="live-status">
      <span className="relative flex h-2.5 w-2.5 shrink-0" aria-hidden="true">
        <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-amber-400 opacity-75 motion-reduce:animate-none" />
        <span className="relative inline-flex h-2.5 w-2.5 rounded-full bg-amber-500" />
      </span>
      {message}
    </p>
  );
}
