"use client";
// The shop's own logo and favicon in settings: upload one (PUT /api/admin/brand/:kind), or go
// back to the generated mark (DELETE, asked first).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { formAlert } from "@/components/ui/styles";
import { card, dangerButton, labelClass, successNote } from "../styles";
import { adminFetch } from "./admin-fetch";

type Kind = "logo" | "favicon";
type Current = Record<Kind, { url: string } | null>;

export function BrandImages({ current }: { current: Current }) {
  const t = useTranslations("AdminNotify.brand");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function send(kind: Kind, init: RequestInit) {
    setBusy(true);
    setNote(null);
    const answer = await adminFetch(`/api/admin/brand/${kind}`, init);
    setNote(
      !answer
        ? { kind: "error", text: t("network") }
        : answer.ok
          ? { kind: "ok", text: t("uploaded") }
          : { kind: "error", text: t("failed", { reason: answer.reason }) },
    );
    setBusy(false);
    router.refresh();
  }

  return (
    <section aria-labelledby="brand-images-heading" className={`${card} space-y-3`} data-testid="brand-images">
      <h2 id="brand-images-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["logo", "favicon"] as const).map((kind) => {
          const name = t(kind);
          const image = current[kind];
          return (
            <div key={kind} className="space-y-2">
              {image && (
                // eslint-disable-next-line @next/next/no-img-element -- the stored, already-resized file
                <img
                  src={image.url}
                  alt={t("current", { kind: name })}
                  className="h-12 w-auto rounded border border-slate-200 bg-white p-1"
                />
              )}
              <label htmlFor={`brand-${kind}`} className={labelClass}>
                {t("upload", { kind: name })}
              </label>
              <input
                id={`brand-${kind}`}
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif"
                disabled={busy}
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = "";
                  if (!file) return;
                  const form = new FormData();
                  form.append("file", file);
                  void send(kind, { method: "PUT", body: form });
                }}
                className="block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
              />
              {image && (
                <button
                  type="button"
                  disabled={busy}
                  className={dangerButton}
                  onClick={() => {
                    if (window.confirm(t("confirmReset", { kind: name }))) void send(kind, { method: "DELETE" });
                  }}
                >
                  {t("reset")}
                </button>
              )}
            </div>
          );
        })}
      </div>
      <div aria-live="polite">
        {note?.kind === "ok" && (
          <p role="status" className={successNote}>
            {note.text}
          </p>
        )}
        {note?.kind === "error" && (
          <p role="alert" className={formAlert}>
            {note.text}
          </p>
        )}
      </div>
    </section>
  );
}
