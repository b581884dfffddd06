"use client";
// Stock upload in the console: a .txt file (or pasted lines), previewed as the buyer will
// receive it (split with the product's delimiter, as lib/stock/split-line.ts splits it), then
// sent to POST /api/admin/products/:id/stock with the operator's session (all or nothing).
import { useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { splitLine } from "@/lib/stock/split-line";
import { primaryButton, formAlert } from "@/components/ui/styles";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { TextArea } from "./fields";
import { card, labelClass, successNote } from "./styles";
import { gapAfter } from "@/lib/i18n/gap";

const PREVIEW_LINES = 8;
const MAX_BYTES = 32 * 1024 * 1024;

type Result = { added: number; duplicates: number; blank: number } | { error: string };

export function StockUpload({ productId, delimiter }: { productId: string; delimiter: string }) {
  const t = useTranslations("Admin.stock");
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string>();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result>();
  const section = useRef<HTMLElement>(null);
  useTypedBeforeHydration(section, { stock: setText });

  const summary = useMemo(() => {
    const lines = text.split("\n").map((line) => line.trim());
    if (lines.at(-1) === "") lines.pop();
    const filled = lines.filter(Boolean);
    return {
      lines: lines.length,
      blank: lines.length - filled.length,
      repeated: filled.length - new Set(filled).size,
      preview: filled.slice(0, PREVIEW_LINES).map((line) => splitLine(line, delimiter)),
    };
  }, [text, delimiter]);

  async function readFile(file: File | undefined) {
    setResult(undefined);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setResult({ error: t("tooLarge") });
      return;
    }
    setFileName(file.name);
    setText(await file.text());
  }

  async function upload() {
    setSending(true);
    setResult(undefined);
    try {
      const response = await fetch(`/api/admin/products/${productId}/stock`, {
        method: "POST",
        headers: { "content-type": "text/plain; charset=utf-8" },
        body: text,
      });
      const body = (await response.json()) as { success: boolean; added: number; duplicates: number; blank: number; error?: string };
      setResult(body.success ? body : { error: body.error ?? String(response.status) });
      if (body.success) {
        setText("");
        setFileName(undefined);
        router.refresh();
      }
    } catch {
      setResult({ error: t("network") });
    } finally {
      setSending(false);
    }
  }

  return (
    <section ref={section} aria-labelledby="upload-heading" className={`${card} space-y-4`} data-testid="stock-upload">
      <h2 id="upload-heading" className="font-semibold">
        {t("uploadTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("uploadIntro", { delimiter: delimiter || t("noDelimiter") })}</p>
      <div>
        <label htmlFor="stock-file" className={labelClass}>
          {t("file")}
        </label>
        <input
          id="stock-file"
          type="file"
          accept=".txt,text/plain"
          onChange={(event) => readFile(event.target.files?.[0])}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:font-medium file:text-indigo-800"
          data-testid="stock-file"
        />
      </div>
      <TextArea
        id="stock-text"
        name="stock"
        label={fileName ? t("fromFile", { name: fileName }) : t("paste")}
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="stock-text"
      />
      {summary.lines > 0 && (
        <div className="space-y-2" data-testid="stock-preview">
          <p className="text-sm" role="status">
            {t("summary", { lines: summary.lines, blank: summary.blank, repeated: summary.repeated })}
          </p>
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("previewCaption")}</caption>
              <thead>
                <tr className="text-xs text-slate-600">
                  <th className="px-2 py-1 font-semibold">{t("account")}</th>
                  <th className="px-2 py-1 font-semibold">{t("password")}</th>
                  <th className="px-2 py-1 font-semibold">{t("extra")}</th>
                </tr>
              </thead>
              <tbody className="font-mono">
                {summary.preview.map((item, index) => (
                  <tr key={index} className="border-t border-slate-100">
                    {item.account === null ? (
                      <td colSpan={3} className="break-all px-2 py-1">
                        {item.raw} <span className="font-sans text-xs text-amber-800">({t("notSplit")})</span>
                      </td>
                    ) : (
                      <>
                        <td className="break-all px-2 py-1">{item.account}</td>
                        <td className="break-all px-2 py-1">{item.password}</td>
                        <td className="break-all px-2 py-1">{item.extra.join(" · ")}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {result && "error" in result && (
        <p role="alert" className={formAlert}>
          {t("failed")}
          {gapAfter(t("failed"))}
          <span className="font-mono text-xs" lang="en">
            {result.error}
          </span>
        </p>
      )}
      {result && !("error" in result) && (
        <p role="status" className={successNote} data-testid="stock-result">
          {t("result", result)}
        </p>
      )}
      <button
        type="button"
        onClick={upload}
        disabled={sending || summary.lines - summary.blank === 0}
        className={`${primaryButton} px-4 py-2 text-sm font-medium`}
        data-testid="stock-submit"
      >
        {sending ? t("uploading") : t("upload")}
      </button>
    </section>
  );
}
