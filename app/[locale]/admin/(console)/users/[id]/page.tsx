// /{locale}/admin/users/:id — one account: balances, state, ledger; adjust the balance,
// disable or enable it, end its sessions and tokens, reset an operator's two-factor.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/api/app-error";
import { consolePage, param } from "@/lib/admin/console-page";
import { getAdminUserOrThrow, userLedger } from "@/lib/admin/users";
import { formatBalance, formatMovement } from "@/lib/i18n/format-balance";
import { pageLocale } from "@/lib/i18n/page-locale";
import { parseDecimal } from "@/lib/money";
import { formatDateTime } from "@/lib/i18n/format";
import { ledgerReasonKey } from "@/lib/account/ledger-reason";
import { Link } from "@/lib/i18n/navigation";
import { AccountActions, BalanceForm } from "@/components/admin/user-forms";
import { ApiOrdersForm } from "@/components/admin/api-orders-form";
import { Pager } from "@/components/admin/pager";
import { card, link, successNote } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.users" });
  return { title: t("detailTitle"), robots: { index: false } };
}

const minor = (currency: string, amount: string) => {
  const decimals = currency === "USDT" ? 6 : 2;
  return amount.startsWith("-") ? -parseDecimal(amount.slice(1), decimals) : parseDecimal(amount, decimals);
};

export default async function UserPage({ params, searchParams }: Props) {
  const { locale, admin } = await consolePage(params);
  const id = (await params).id;
  const search = await searchParams;
  const cursor = param(search.cursor).slice(0, 200);
  let user;
  try {
    user = await getAdminUserOrThrow(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const [t, tr, ledger] = await Promise.all([
    getTranslations("Admin.users"),
    getTranslations("Account.reasons"),
    userLedger(id, { cursor: cursor || undefined, limit: 25 }),
  ]);
  const done = param(search.done);
  return (
    <div className="space-y-4">
      <div>
        <Link href="/admin/users" className={link}>
          ← {t("title")}
        </Link>
        <h1 className="mt-1 break-all text-2xl font-bold tracking-tight">{user.email}</h1>
      </div>
      {done && (
        <p role="status" className={successNote}>
          {t(`done.${done === "disable" || done === "enable" || done === "revoke" || done === "resetTwoFactor" ? done : "revoke"}`)}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <dl className={`${card} grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-sm`} data-testid="user-facts">
          <dt className="text-slate-600">{t("role")}</dt>
          <dd>{user.role === "admin" ? t("admin") : t("customer")}</dd>
          <dt className="text-slate-600">{t("balanceCny")}</dt>
          <dd className="tabular-nums" data-testid="user-balance-cny">
            {formatBalance(locale, "CNY", parseDecimal(String(user.balance), 2))}
          </dd>
          <dt className="text-slate-600">{t("balanceUsdt")}</dt>
          <dd className="tabular-nums">{formatBalance(locale, "USDT", parseDecimal(user.balance_crypto, 6))}</dd>
          <dt className="text-slate-600">{t("state")}</dt>
          <dd>{user.disabled_at ? t("disabled") : t("enabled")}</dd>
          <dt className="text-slate-600">{t("twoFactorLabel")}</dt>
          <dd>{user.two_factor ? t("on") : t("off")}</dd>
          <dt className="text-slate-600">{t("orders")}</dt>
          <dd>
            <Link href={{ pathname: "/admin/orders", query: { email: user.email } }} className={link}>
              {user.orders}
            </Link>
          </dd>
          <dt className="text-slate-600">{t("tokens")}</dt>
          <dd>{user.live_tokens}</dd>
          <dt className="text-slate-600">{t("created")}</dt>
          <dd>{formatDateTime(locale, user.created_at)}</dd>
        </dl>
        <BalanceForm userId={user.id} />
        <AccountActions userId={user.id} disabled={user.disabled_at !== null} twoFactor={user.two_factor} self={user.id === admin.id} />
        <ApiOrdersForm userId={user.id} current={user.api_orders} />
      </div>
      <section aria-labelledby="ledger-heading" className={card} data-testid="user-ledger">
        <h2 id="ledger-heading" className="font-semibold">
          {t("ledger")}
        </h2>
        {ledger.items.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noLedger")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {ledger.items.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <div className="min-w-0">
                  <p className="font-medium">
                    {tr(ledgerReasonKey(entry.reason))}
                    {entry.reference && <span className="ml-2 break-all text-xs font-normal text-slate-600">{entry.reference}</span>}
                  </p>
                  <time dateTime={entry.created_at} className="text-xs text-slate-600">
                    {formatDateTime(locale, entry.created_at)}
                  </time>
                </div>
                <div className="ml-auto text-right tabular-nums">
                  <p className="font-semibold">
                    {formatMovement(locale, entry.currency as "CNY" | "USDT", minor(entry.currency, entry.amount))}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("after", {
                      balance: formatBalance(locale, entry.currency as "CNY" | "USDT", minor(entry.currency, entry.balance_after)),
                    })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3">
          <Pager pathname={`/admin/users/${user.id}`} query={{ cursor }} nextCursor={ledger.next_cursor} />
        </div>
      </section>
    </div>
  );
}
