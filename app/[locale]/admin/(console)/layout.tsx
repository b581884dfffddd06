// The console's frame: the section navigation under the shop's header. Every page checks the
// operator itself as well (a layout is not re-run on navigation between its pages).
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireConsoleAdmin } from "@/lib/auth/admin-session";
import { AdminNav } from "@/components/admin/admin-nav";
import { adminSignOutAction } from "@/lib/admin/actions/session";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { secondaryButton } from "@/components/admin/styles";

export default async function ConsoleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const admin = await requireConsoleAdmin(locale);
  const t = await getTranslations("Admin");
  return (
    <div className="space-y-5" data-testid="admin-console">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">
          {t("signedInAs")} <span className="font-medium text-slate-900">{admin.email}</span>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <Link href="/admin/two-factor" className={secondaryButton}>
            {t("twoFactor.manage")}
          </Link>
          <form action={adminSignOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={secondaryButton} data-testid="admin-sign-out">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      <AdminNav />
      {children}
    </div>
  );
}
