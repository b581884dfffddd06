"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

/** Copies one value (an address, an amount) and says so, for screen readers too. The label is visible: its name is what it shows. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("Payment");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="shrink-0 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {state === "copied" ? t("copied") : label}
      </button>
      <span role="status" className="sr-only">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </>
  );
}
