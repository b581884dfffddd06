// /{locale}/api-docs: the public API, generated from the OpenAPI document (itself built from
// the zod schemas that validate requests), with the published examples pointed at this shop.
import { pageLocale } from "@/lib/i18n/page-locale";
import { shopName } from "@/lib/brand/shop-brand";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { openApiDocument } from "@/lib/api/openapi";
import { listProducts } from "@/lib/catalog/catalog";
import { apiDocEndpoints } from "@/lib/api/api-docs";
import { curlExample, localizeComments, nodeExample, pythonExample, withApiBase } from "@/lib/api/published-examples";
import { siteOrigin } from "@/lib/site/origin";
import { pageMetadata } from "@/lib/site/metadata";
import { CodeBlock } from "@/components/api-docs/code-block";
import { EndpointSection } from "@/components/api-docs/endpoint-section";
import packageJson from "@/package.json";

// The examples carry the address the shop is reached at.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ApiDocs" });
  return pageMetadata({ locale, path: "/api-docs", title: t("title"), description: t("description"), siteName: await shopName(locale) });
}

const endpoints = apiDocEndpoints(openApiDocument(packageJson.version));

// The published docs' table of common errors: the English strings the API answers with.
const commonErrors = [
  ["Product not found", "productNotFound"],
  ["Insufficient stock", "insufficientStock"],
  ["Insufficient balance", "insufficientBalance"],
  ["Minimum quantity is ...", "minimumQuantity"],
  ["Quantity cannot exceed 200", "quantityTooLarge"],
  ["Please provide both order number and email", "lookupParams"],
  ["Payment method not available", "methodNotAvailable"],
  ["Too many requests", "tooManyRequests"],
] as const;

const sectionHeading = "scroll-mt-4 text-xl font-bold tracking-tight";
const link = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";

export default async function ApiDocsPage({ params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations("ApiDocs");
  const apiBase = `${await siteOrigin()}/api`;
  // A real answer of GET /api/products (its first product), so the example can never drift from the API.
  const [sample] = await listProducts();
  const sampleAnswer = JSON.stringify({ success: true, products: sample ? [sample] : [] }, null, 2);
  const example = (snippet: string) => localizeComments(withApiBase(snippet, apiBase), locale);
  const sections = [
    ["quick-start", t("quickStart")],
    ["authentication", t("authHeading")],
    ["endpoints", t("endpointsHeading")],
    ["examples", t("examplesHeading")],
    ["errors", t("errorsHeading")],
  ] as const;
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
      <nav aria-label={t("toc")} className="h-fit rounded-xl border border-slate-200 bg-white p-4 text-sm lg:sticky lg:top-4">
        <h2 className="font-semibold text-slate-900">{t("toc")}</h2>
        <ul className="mt-2 space-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-50 hover:text-indigo-700">
                {label}
              </a>
              {id === "endpoints" && (
                <ul className="mb-1 ml-3 hidden space-y-0.5 border-l border-slate-200 pl-2 lg:block">
                  {endpoints.map((endpoint) => (
                    <li key={endpoint.key}>
                      <a
                        href={`#${endpoint.key}`}
                        className="block break-all rounded px-1 py-0.5 font-mono text-xs text-slate-600 hover:text-indigo-700"
                      >
                        {endpoint.method} {endpoint.path.replace(/^\/api/, "")}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <div className="min-w-0 space-y-10">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
          <p className="leading-relaxed text-slate-700">{t("intro")}</p>
          <p className="text-sm text-slate-700">
            {t("baseUrlLabel")}
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900 [overflow-wrap:anywhere]" data-testid="api-base">
              {apiBase}
            </code>
          </p>
          <p className="text-sm">
            <a href="/api/openapi.json" className={link}>
              {t("openapi")}
            </a>
          </p>
        </header>

        <section id="quick-start" aria-labelledby="quick-start-heading" className="space-y-2">
          <h2 id="quick-start-heading" className={sectionHeading}>
            {t("quickStart")}
          </h2>
          <p className="text-slate-700">{t("firstRequest")}</p>
          <CodeBlock language="bash" code={`curl -X GET ${apiBase}/products`} label={t("firstRequest")} />
          <p className="pt-2 text-slate-700">{t("responseFormat")}</p>
          <CodeBlock language="json" code={sampleAnswer} label={t("responseFormat")} />
          <p className="pt-2 text-slate-700">{t("freeNote")}</p>
        </section>

        <section id="authentication" aria-labelledby="authentication-heading" className="space-y-2">
          <h2 id="authentication-heading" className={sectionHeading}>
            {t("authHeading")}
          </h2>
          <p className="leading-relaxed text-slate-700">{t("authBody")}</p>
          <CodeBlock language="http" code="Authorization: Bearer USER_TOKEN" label={t("authHeading")} />
          <p className="pt-2 text-slate-700">{t("authLogin")}</p>
          <p className="text-sm text-slate-600">{t("adminNote")}</p>
        </section>

        <section id="endpoints" aria-labelledby="endpoints-heading" className="space-y-4">
          <h2 id="endpoints-heading" className={sectionHeading}>
            {t("endpointsHeading")}
          </h2>
          {endpoints.map((endpoint) => (
            <EndpointSection key={endpoint.key} endpoint={endpoint} />
          ))}
        </section>

        <section id="examples" aria-labelledby="examples-heading" className="space-y-2">
          <h2 id="examples-heading" className={sectionHeading}>
            {t("examplesHeading")}
          </h2>
          <p className="text-slate-700">{t("examplesIntro")}</p>
          {(
            [
              ["python", t("python"), pythonExample],
              ["javascript", t("node"), nodeExample],
              ["bash", t("curl"), curlExample],
            ] as const
          ).map(([language, title, snippet]) => (
            <div key={language} className="pt-4">
              <h3 className="font-semibold text-slate-900">{title}</h3>
              <CodeBlock language={language} code={example(snippet)} label={title} />
            </div>
          ))}
        </section>

        <section id="errors" aria-labelledby="errors-heading" className="space-y-2">
          <h2 id="errors-heading" className={sectionHeading}>
            {t("errorsHeading")}
          </h2>
          <p className="text-slate-700">{t("errorFormat")}</p>
          <CodeBlock language="json" code={`{\n  "success": false,\n  "error": "Product not found"\n}`} label={t("errorFormat")} />
          <h3 className="pt-4 font-semibold text-slate-900">{t("commonErrors")}</h3>
          <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {commonErrors.map(([error, key]) => (
              <div key={key} className="grid gap-1 px-3 py-2 sm:grid-cols-[minmax(0,20rem)_1fr]">
                <dt>
                  <code className="break-words font-mono text-rose-900">{error}</code>
                </dt>
                <dd className="text-slate-700">{t(`errorMeanings.${key}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}
