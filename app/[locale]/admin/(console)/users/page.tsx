// /{locale}/admin/users — accounts newest first, searched by part of the email.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listUsers } from "@/lib/admin/users";
import { formatBalance } from "@/lib/i18n/format-balance";
import { pageLocale } from "@/lib/i18n/page-locale";
import { parseDecimal } from "@/lib/money";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/ui/text-field";
import { Select } from "@/components/admin/fields";
import { Pager } from "@/components/admin/pager";
import { link, secondaryButton, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.users" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const q = param(search.q).slice(0, 254);
  const role =
    param(search.role) === "admin" || param(search.role) === "customer" ? (param(search.role) as "admin" | "customer") : undefined;
  const cursor = param(search.cursor).slice(0, 200);
  const [t, page] = await Promise.all([
    getTranslations("Admin.users"),
    listUsers({ q: q || undefined, role, cursor: cursor || undefined, limit: 50 }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <TextField id="users-q" name="q" label={t("search")} defaultValue={q} className="w-full sm:w-72" />
        <Select id="users-role" name="role" label={t("role")} defaultValue={role ?? ""}>
          <option value="">{t("anyRole")}</option>
          <option value="customer">{t("customer")}</option>
          <option value="admin">{t("admin")}</option>
        </Select>
        <button type="submit" className={secondaryButton}>
          {t("filter")}
        </button>
      </form>
      <div className={tableWrap}>
        <table className={table} data-testid="users-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("email")}</th>
              <th className={th}>{t("role")}</th>
              <th className={th}>{t("balanceCny")}</th>
              <th className={th}>{t("balanceUsdt")}</th>
              <th className={th}>{t("state")}</th>
              <th className={th}>{t("created")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((user) => (
              <tr key={user.id}>
                <td className={`${td} break-all`}>
                  <Link href={`/admin/users/${user.id}`} className={link}>
                    {user.email}
                  </Link>
                </td>
                <td className={td}>{user.role === "admin" ? t("admin") : t("customer")}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {formatBalance(locale, "CNY", parseDecimal(String(user.balance), 2))}
                </td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {formatBalance(locale, "USDT", parseDecimal(user.balance_crypto, 6))}
                </td>
                <td className={td}>{user.disabled_at ? t("disabled") : t("enabled")}</td>
                <td className={`${td} whitespace-nowrap text-xs text-slate-600`}>{formatDateTime(locale, user.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
      <Pager pathname="/admin/users" query={{ q, role, cursor }} nextCursor={page.next_cursor} />
    </div>
  );
}
