"use client";
// The cashier sends the buyer back to /orders/<id> without the order's token (the token never
// goes to the provider). The payment page remembers it in this browser, and the return page
// picks it up again, so the buyer lands on the full page instead of the status alone.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

const keyOf = (orderId: string) => `stockline:order-token:${orderId}`;

export function RememberOrderToken({ orderId, token }: { orderId: string; token: string }) {
  useEffect(() => {
    try {
      localStorage.setItem(keyOf(orderId), token);
    } catch {
      // Storage switched off: the return page shows the status only.
    }
  }, [orderId, token]);
  return null;
}

export function ResumeWithToken({ orderId }: { orderId: string }) {
  const router = useRouter();
  useEffect(() => {
    let token: string | null = null;
    try {
      token = localStorage.getItem(keyOf(orderId));
    } catch {
      return;
    }
    // `returned`: the full page then says the payment is being confirmed, rather than asking for it again.
    if (token) router.replace(`${window.location.pathname}?token=${encodeURIComponent(token)}&returned=1`);
  }, [orderId, router]);
  return null;
}
