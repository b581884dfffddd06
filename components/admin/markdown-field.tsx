"use client";
// A Markdown description with a live preview rendered exactly as the product page renders it
// (the same component: raw HTML dropped, unsafe links removed).
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/content/markdown";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { TextArea } from "./fields";

export function MarkdownField({
  id,
  name,
  label,
  defaultValue,
  error,
  lang,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  lang: string;
}) {
  const t = useTranslations("Admin.products");
  const [source, setSource] = useState(defaultValue);
  const wrapper = useRef<HTMLDivElement>(null);
  useTypedBeforeHydration(wrapper, { [name]: setSource });
  return (
    <div ref={wrapper} className="grid gap-3 lg:grid-cols-2">
      <TextArea
        id={id}
        name={name}
        label={label}
        hint={t("markdownHint")}
        rows={10}
        value={source}
        onChange={(event) => setSource(event.target.value)}
        error={error}
        maxLength={20_000}
        lang={lang}
      />
      <section
        aria-label={t("preview", { field: label })}
        className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3"
        lang={lang}
      >
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{t("previewTitle")}</p>
        {source.trim() ? (
          <Markdown source={source} headingLevel={3} testId={`${id}-preview`} />
        ) : (
          <p className="text-sm text-slate-600">{t("previewEmpty")}</p>
        )}
      </section>
    </div>
  );
}
