"use client";
// The console's sections; the current one is marked for sighted and screen-reader users. On a
// phone the row scrolls sideways instead of wrapping into a tall block.
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export const ADMIN_SECTIONS = [
  "",
  "/products",
  "/categories",
  "/coupons",
  "/orders",
  "/users",
  "/blacklist",
  "/audit",
  "/settings",
  "/payments",
  "/webhooks",
  "/outbox",
] as const;
const labels = {
  "": "dashboard",
  "/products": "products",
  "/categories": "categories",
  "/coupons": "coupons",
  "/orders": "orders",
  "/users": "users",
  "/blacklist": "blacklist",
  "/audit": "audit",
  "/settings": "settings",
  "/payments": "payments",
  "/webhooks": "webhooks",
  "/outbox": "outbox",
} as const;

export function AdminNav() {
  const t = useTranslations("Admin.nav");
  const pathname = usePathname();
  const current = (section: string) => (section === "" ? pathname === "/admin" : pathname.startsWith(`/admin${section}`));
  return (
    <nav aria-label={t("label")} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 pb-px">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section}>
            <Link
              href={`/admin${section}`}
              aria-current={current(section) ? "page" : undefined}
              className="block rounded-t-lg border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600 aria-[current=page]:border-indigo-700 aria-[current=page]:text-indigo-800"
              data-testid={`admin-nav-${labels[section]}`}
            >
              {t(labels[section])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
