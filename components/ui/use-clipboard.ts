"use client";
import { useCallback, useEffect, useState } from "react";

/**
 * Copying to the clipboard, for every copy button of the shop: `copy(text, which)` writes the
 * text and remembers which button succeeded last (`copied`), or that copying failed (`failed`:
 * no clipboard permission, so the text is there to select by hand). With `resetAfterMs`,
 * "copied" clears itself after that long.
 */
export function useClipboard(resetAfterMs?: number) {
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const copy = useCallback(async (text: string, which: string = text) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(which);
      setFailed(false);
    } catch {
      setCopied(null);
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    if (copied === null || resetAfterMs === undefined) return;
    const timer = setTimeout(() => setCopied(null), resetAfterMs);
    return () => clearTimeout(timer);
  }, [copied, resetAfterMs]);

  return { copied, failed, copy };
}
