"use client";
import { useTranslations } from "next-intl";
import type { DeliveredAccount } from "@/lib/stock/split-line";
import { useClipboard } from "@/components/ui/use-clipboard";

// A value breaks only where it must (a long password, not every word); on phones its column
// name is written above it.
const cell =
  "py-2 pr-3 [overflow-wrap:anywhere] max-sm:col-span-2 max-sm:block max-sm:py-1 max-sm:pr-0 max-sm:before:block max-sm:before:font-sans max-sm:before:text-xs max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)]";

const button =
  "whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** The delivered items of a completed order: a table, a copy button per row, copy-all and a .txt download. */
export function DeliveryView({ accounts, orderNo }: { accounts: DeliveredAccount[]; orderNo: string }) {
  const t = useTranslations("Delivery");
  // Which copy button last succeeded ("all" or a row index), for its "Copied" label and the live region.
  const { copied, failed, copy } = useClipboard();
  const allText = accounts.map((item) => item.raw).join("\n") + "\n";
  // Products delivered as account----password have nothing extra: no empty column then (it costs room at 360 px).
  const hasExtra = accounts.some((item) => item.extra.length > 0);
  // Lines without the delimiter (licence keys, gift codes) are one "Item" column, not account/password.
  const hasSplit = accounts.some((item) => item.account !== null);
  const dataColumns = hasSplit ? (hasExtra ? 3 : 2) : 1;

  function download() {
    const url = URL.createObjectURL(new Blob([allText], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${orderNo}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section aria-labelledby="delivery-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="delivery">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="delivery-heading" className="text-base font-semibold">
          {t("title")} <span className="font-normal text-slate-600">({t("count", { count: accounts.length })})</span>
        </h2>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => copy(allText, "all")}>
            {copied === "all" ? t("copied") : t("copyAll")}
          </button>
          <button type="button" className={button} onClick={download}>
            {t("download")}
          </button>
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      <p role="status" className="sr-only">
        {copied ? t("copied") : ""}
      </p>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-rose-700">
          {t("copyFailed")}
        </p>
      )}
      {/* On phones each item is a stacked card (label above value, values wrap only where they
          must); from 640 px a table. Wide tables scroll inside their box, never the page. */}
      <div className="mt-3 sm:overflow-x-auto" tabIndex={0} role="region" aria-labelledby="delivery-heading">
        <table className="w-full text-left text-sm max-sm:block" data-testid="delivery-table">
          <thead className="max-sm:sr-only">
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">
                #
              </th>
              {hasSplit ? (
                <>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("account")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("password")}
                  </th>
                  {hasExtra && (
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("extra")}
                    </th>
                  )}
                </>
              ) : (
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("item")}
                </th>
              )}
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">{t("copy")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="font-mono max-sm:block max-sm:space-y-2">
            {accounts.map((item, index) => (
              <tr
                key={index}
                className="border-b border-slate-100 align-top last:border-0 max-sm:grid max-sm:last:border max-sm:grid-cols-[1fr_auto] max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:p-3"
                data-testid="delivered-item"
              >
                <td className="py-2 pr-3 font-sans text-slate-600 tabular-nums max-sm:col-start-1 max-sm:row-start-1 max-sm:py-0">
                  {index + 1}
                </td>
                {item.account === null ? (
                  <td colSpan={dataColumns} className={cell} data-label={t("item")}>
                    {item.raw}
                  </td>
                ) : (
                  <>
                    <td className={cell} data-label={t("account")}>
                      {item.account}
                    </td>
                    <td className={cell} data-label={t("password")}>
                      {item.password}
                    </td>
                    {hasExtra && (
                      <td className={cell} data-label={t("extra")}>
                        {item.extra.join(" ")}
                      </td>
                    )}
                  </>
                )}
                <td className="py-1 text-right font-sans max-sm:col-start-2 max-sm:row-start-1 max-sm:py-0">
                  <button
                    type="button"
                    className={button}
                    aria-label={t("copyRow", { n: index + 1 })}
                    onClick={() => copy(item.raw, String(index))}
                  >
                    {copied === String(index) ? t("copied") : t("copy")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
