"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

/** The one interactive bit of the API docs: copies a code block's text. */
export function CopyCodeButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("CodeCopy");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Without clipboard permission the text is still there to select by hand.
      setCopied(false);
    }
  }
  // The block's name is in the button's text (hidden visually), not an aria-label, so the
  // accessible name always contains what is on screen ("Copy code" or "Copied").
  return (
    <button
      type="button"
      onClick={copy}
      className="rounded-md border border-slate-600 bg-slate-800 px-2 py-1 text-xs font-medium text-slate-100 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400"
    >
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
      <span className="sr-only">: {label}</span>
    </button>
  );
}
