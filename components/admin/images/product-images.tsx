"use client";
// A product's gallery in the console: upload one or more images, make one the main image,
// move them, delete one (asked first). Every change goes through /api/admin/products/:id/images.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { MAX_IMAGES_PER_PRODUCT } from "@/lib/images/image-rules";
import { formAlert } from "@/components/ui/styles";
import { card, dangerButton, labelClass, secondaryButton, successNote } from "../styles";
import { adminFetch } from "./admin-fetch";

type Image = { id: string; url: string; width: number; height: number };
type Note = { kind: "ok" | "error"; text: string } | null;

export function ProductImages({ productId, images }: { productId: string; images: Image[] }) {
  const t = useTranslations("AdminNotify.images");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const base = `/api/admin/products/${productId}/images`;

  async function run(calls: (() => ReturnType<typeof adminFetch>)[], done?: (count: number) => string) {
    setBusy(true);
    setNote(null);
    let count = 0;
    for (const call of calls) {
      const answer = await call();
      if (!answer || !answer.ok) {
        setNote({ kind: "error", text: answer ? t("failed", { reason: answer.reason }) : t("network") });
        break;
      }
      count++;
    }
    if (count === calls.length && done) setNote({ kind: "ok", text: done(count) });
    setBusy(false);
    router.refresh();
  }

  function upload(files: FileList | null) {
    const list = [...(files ?? [])];
    if (!list.length) return;
    void run(
      list.map((file) => () => {
        const form = new FormData();
        form.append("file", file);
        return adminFetch(base, { method: "POST", body: form });
      }),
      (count) => t("uploaded", { count }),
    );
  }

  function reorder(order: string[]) {
    void run([
      () => adminFetch(base, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ order }) }),
    ]);
  }
  const ids = images.map((image) => image.id);
  const moved = (from: number, to: number) => {
    const order = [...ids];
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id!);
    return order;
  };

  return (
    <section aria-labelledby="images-heading" className={`${card} space-y-3`} data-testid="product-images">
      <h2 id="images-heading" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro", { max: MAX_IMAGES_PER_PRODUCT })}</p>
      {images.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {images.map((image, index) => (
            <li key={image.id} className="space-y-2 rounded-lg border border-slate-200 p-2" data-testid="product-image">
              {/* eslint-disable-next-line @next/next/no-img-element -- a small preview of the stored, already-resized file */}
              <img
                src={image.url}
                alt={t("alt", { position: index + 1 })}
                width={image.width}
                height={image.height}
                className="aspect-[4/3] w-full rounded bg-slate-100 object-contain"
              />
              {index === 0 && <p className="text-xs font-semibold text-indigo-800">{t("main")}</p>}
              <div className="flex flex-wrap gap-1">
                {index > 0 && (
                  <button type="button" disabled={busy} className={secondaryButton} onClick={() => reorder(moved(index, 0))}>
                    {t("setMain")}
                  </button>
                )}
                {index > 0 && (
                  <button type="button" disabled={busy} className={secondaryButton} onClick={() => reorder(moved(index, index - 1))}>
                    {t("moveUp")}
                  </button>
                )}
                {index < images.length - 1 && (
                  <button type="button" disabled={busy} className={secondaryButton} onClick={() => reorder(moved(index, index + 1))}>
                    {t("moveDown")}
                  </button>
                )}
                <button
                  type="button"
                  disabled={busy}
                  className={dangerButton}
                  data-testid="product-image-delete"
                  onClick={() => {
                    if (window.confirm(t("confirmDelete"))) void run([() => adminFetch(`${base}/${image.id}`, { method: "DELETE" })]);
                  }}
                >
                  {t("delete")}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {images.length < MAX_IMAGES_PER_PRODUCT && (
        <div>
          <label htmlFor="product-image-files" className={labelClass}>
            {t("choose")}
          </label>
          <input
            id="product-image-files"
            type="file"
            multiple
            accept="image/png,image/jpeg,image/webp,image/gif"
            disabled={busy}
            onChange={(event) => {
              upload(event.currentTarget.files);
              event.currentTarget.value = "";
            }}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
          />
        </div>
      )}
      <div aria-live="polite">
        {busy && <p className="text-sm text-slate-600">{t("uploading")}</p>}
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
