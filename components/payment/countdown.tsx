"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

function left(expiresAt: string, now: number) {
  return Math.max(0, Math.floor((new Date(expiresAt).getTime() - now) / 1000));
}

/** Minutes and seconds until the order expires; at zero the page is rendered again (it then says "expired"). */
export function Countdown({ expiresAt, label }: { expiresAt: string; label: string }) {
  const router = useRouter();
  // null until mounted: the server's clock must not be rendered as the shopper's.
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setSeconds(left(expiresAt, Date.now()));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  useEffect(() => {
    if (seconds === 0) router.refresh();
  }, [seconds, router]);
  const text = seconds === null ? "--:--" : `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <span
      role="timer"
      aria-label={label}
      className={`font-mono text-2xl font-bold tabular-nums ${seconds !== null && seconds < 120 ? "text-rose-700" : "text-slate-900"}`}
      data-testid="countdown"
    >
      {text}
    </span>
  );
}
