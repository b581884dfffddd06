"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { primaryButton } from "@/components/ui/styles";

/** What an error boundary shows: a translated message and a retry; the error goes to the console. */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-xl border border-rose-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <button type="button" onClick={reset} className={`${primaryButton} mt-4 px-4 py-2 font-medium`}>
        {t("retry")}
      </button>
    </div>
  );
}
