"use client";
import { useTranslations } from "next-intl";
import { useClipboard } from "@/components/ui/use-clipboard";

/** The one interactive bit of the API docs: copies a code block's text. */
export function CopyCodeButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("CodeCopy");
  // Without clipboard permission nothing changes: the block is still there to select by hand.
  const clipboard = useClipboard(2000);
  const copied = clipboard.copied !== null;
  const copy = () => clipboard.copy(text);
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
