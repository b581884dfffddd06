import { getMessages, getTranslations } from "next-intl/server";
import type { DocEndpoint } from "@/lib/api/api-docs";
import { FieldsList } from "./fields-list";
import { apiDocsFacts, ENDPOINTS_DESCRIBED_WITH_FACTS } from "@/lib/api/api-docs-facts";

const methodColour: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-900",
  POST: "bg-indigo-100 text-indigo-900",
};

const authKey = { none: "authNone", optional: "authOptional", required: "authRequired" } as const;

/** One endpoint: method and path, what it does, who may call it, its fields and its answers. */
export async function EndpointSection({ endpoint }: { endpoint: DocEndpoint }) {
  const t = await getTranslations("ApiDocs");
  const { ApiDocs } = await getMessages();
  // Looked up by the document's own keys, so an endpoint or status without a text falls back to English.
  const statuses: Record<string, string> = ApiDocs.statuses;
  const descriptions: Record<string, string> = ApiDocs.endpoints;
  // The texts that state this shop's own numbers (the operator's order expiry, the unpaid-order limits) are formatted with them.
  const description =
    endpoint.key in ENDPOINTS_DESCRIBED_WITH_FACTS
      ? t(`endpoints.${endpoint.key as keyof typeof ENDPOINTS_DESCRIBED_WITH_FACTS}`, await apiDocsFacts())
      : descriptions[endpoint.key];
  const headingId = `${endpoint.key}-heading`;
  return (
    <section
      id={endpoint.key}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
      data-testid="endpoint"
    >
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <span
          className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${methodColour[endpoint.method] ?? "bg-slate-100 text-slate-900"}`}
        >
          {endpoint.method}
        </span>
        <code className="break-all font-mono text-slate-900">{endpoint.path}</code>
      </h3>
      <p className="mt-2 leading-relaxed text-slate-700">{description ?? endpoint.summary}</p>
      <p className="mt-2 text-sm text-slate-600">
        <span className="inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          {t(authKey[endpoint.auth])}
        </span>
      </p>
      {endpoint.fields.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold text-slate-900">{t("parameters")}</h4>
          <FieldsList
            endpointKey={endpoint.key}
            fields={endpoint.fields}
            label={`${t("parameters")}: ${endpoint.method} ${endpoint.path}`}
          />
        </>
      )}
      <h4 className="mt-4 text-sm font-semibold text-slate-900">{t("responses")}</h4>
      <dl className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
        {endpoint.responses.map((response) => (
          <div key={response.status} className="grid gap-1 px-3 py-2 sm:grid-cols-[4rem_1fr]">
            <dt className="font-mono font-semibold text-slate-900">{response.status}</dt>
            <dd className="text-slate-700">
              {statuses[response.status] ?? response.status}
              {response.errors.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("errorStrings")}>
                  {response.errors.map((error) => (
                    <li key={error}>
                      <code className="rounded bg-rose-50 px-1.5 py-0.5 font-mono text-xs text-rose-900">{error}</code>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
