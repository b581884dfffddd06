"use client";
// The payments area's pages: addresses and prices, the transfers inbox, flagged payments, the
// cashier rails. The current one is marked for sighted and screen-reader users.
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const PAGES = [
  ["", "addresses"],
  ["/transfers", "transfers"],
  ["/flagged", "flagged"],
  ["/rails", "rails"],
] as const;

export function PaymentsNav() {
  const t = useTranslations("AdminPayments.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {PAGES.map(([page, label]) => (
          <li key={label}>
            <Link
              href={`/admin/payments${page}`}
              aria-current={pathname === `/admin/payments${page}` ? "page" : undefined}
              className="block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800"
              data-testid={`payments-nav-${label}`}
            >
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
