"use client";
import { useTranslations } from "next-intl";
import { useClipboard } from "./use-clipboard";

/**
 * Copies one value (an address, an amount, a token) and says so, for screen readers too. The
 * label is visible, so the button's name is what it shows; a failure says to copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("Copy");
  const clipboard = useClipboard();
  const state = clipboard.copied !== null ? "copied" : clipboard.failed ? "failed" : "idle";
  const copy = () => clipboard.copy(text);
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="shrink-0 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {state === "copied" ? t("copied") : label}
      </button>
      <p role="status" className={state === "failed" ? "basis-full text-sm text-rose-700" : "sr-only"}>
        {state === "copied" ? t("copied") : state === "failed" ? t("failed") : ""}
      </p>
    </>
  );
}
