import { getTranslations } from "next-intl/server";

const field =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

/** A plain GET form: it works without JavaScript and the page reads its fields from the URL. */
export async function LookupForm({ orderNo, email, error }: { orderNo: string; email: string; error?: string }) {
  const t = await getTranslations("Order");
  return (
    <form method="get" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" aria-describedby={error ? "lookup-error" : undefined}>
      {error && (
        <p id="lookup-error" role="alert" className="rounded-lg bg-rose-50 p-3 text-sm text-rose-800" data-testid="lookup-error">
          {error}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block text-sm font-medium">
          {t("orderNo")}
          <input name="no" defaultValue={orderNo} required maxLength={64} autoComplete="off" spellCheck={false} className={`${field} font-mono`} />
        </label>
        <label className="block text-sm font-medium">
          {t("email")}
          <input name="email" type="email" defaultValue={email} required maxLength={254} autoComplete="email" className={field} />
        </label>
      </div>
      <button
        type="submit"
        className="rounded-lg bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {t("lookupButton")}
      </button>
    </form>
  );
}
