import { gapAfter } from "@/lib/i18n/gap";
import { getMessages, getTranslations } from "next-intl/server";
import type { DocField, FieldRule } from "@/lib/api/api-docs";

const code = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800";

async function RuleText({ rule }: { rule: FieldRule }) {
  const t = await getTranslations("ApiDocs.rule");
  switch (rule.kind) {
    case "oneOf":
      return (
        <>
          {t("oneOf")}
          {gapAfter(t("oneOf"))}
          {rule.values.map((value, index) => (
            <span key={value}>
              {index > 0 && " "}
              <code className={code}>{value}</code>
            </span>
          ))}
        </>
      );
    case "format":
      return <>{t("format", { format: rule.format })}</>;
    case "length":
      if (rule.min !== undefined && rule.max !== undefined) return <>{t("lengthBetween", { min: rule.min, max: rule.max })}</>;
      return <>{rule.max !== undefined ? t("lengthMax", { max: rule.max }) : t("lengthMin", { min: rule.min ?? 0 })}</>;
    case "range":
      if (rule.min !== undefined && rule.max !== undefined) return <>{t("rangeBetween", { min: rule.min, max: rule.max })}</>;
      return <>{rule.max !== undefined ? t("rangeMax", { max: rule.max }) : t("rangeMin", { min: rule.min ?? 0 })}</>;
  }
}

/**
 * Parameters and body fields of one endpoint: name, where it goes, type, required, rules and
 * what it is for. A list rather than a six-column table, so nothing scrolls sideways at 360 px.
 */
export async function FieldsList({ fields, label, endpointKey }: { fields: DocField[]; label: string; endpointKey: string }) {
  const t = await getTranslations("ApiDocs");
  const messages = (await getMessages()).ApiDocs;
  // A field whose name means something else on this endpoint (a reset link's `token`) has its own text.
  const descriptions: Record<string, string> = {
    ...messages.fields,
    ...(messages.endpointFields as Record<string, Record<string, string>>)[endpointKey],
  };
  return (
    <ul aria-label={label} className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
      {fields.map((field) => (
        <li
          key={`${field.in}-${field.name}`}
          className="grid gap-x-4 gap-y-1 px-3 py-2.5 sm:grid-cols-[13rem_minmax(0,1fr)]"
          data-testid={`field-${field.name}`}
        >
          <div>
            <code className="break-words font-mono font-semibold text-slate-900">{field.name}</code>
            <p className="mt-0.5 text-xs text-slate-500">
              <span className="font-mono">{field.type}</span> · {t(`in.${field.in as "path" | "query" | "header" | "body"}`)} ·{" "}
              {field.required ? <strong className="font-semibold text-rose-700">{t("requiredField")}</strong> : t("optionalField")}
            </p>
          </div>
          <div className="text-slate-700">
            <p>{descriptions[field.name] ?? field.description}</p>
            {field.rules.length > 0 && (
              <ul className="mt-1 space-y-0.5 text-slate-600" aria-label={t("rules")}>
                {field.rules.map((rule, index) => (
                  <li key={index}>
                    <RuleText rule={rule} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
