// The customer area: balances, order history and the balance ledger of the signed-in user.
import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageLocale } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/web-session";
import { accountBalances } from "@/lib/account/balances";
import { orderHistory } from "@/lib/account/order-history";
import { recentLedger } from "@/lib/account/ledger-history";
import { AccountHeader } from "@/components/account/account-header";
import { AccountSkeleton } from "@/components/account/account-skeleton";
import { BalanceCards } from "@/components/account/balance-cards";
import { OrderHistoryList } from "@/components/account/order-history-list";
import { LedgerList } from "@/components/account/ledger-list";
import { TopupList } from "@/components/account/topup-list";
import { recentTopups } from "@/lib/topups/topup-views";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

async function AccountData({ userId, page, locale }: { userId: string; page: number; locale: Locale }) {
  const [balances, history, ledger, topups] = await Promise.all([
    accountBalances(userId),
    orderHistory(userId, page),
    recentLedger(userId),
    recentTopups(userId),
  ]);
  return (
    <div className="space-y-6">
      <BalanceCards balances={balances} locale={locale} />
      <TopupList topups={topups} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <OrderHistoryList {...history} locale={locale} />
        <LedgerList {...ledger} locale={locale} />
      </div>
    </div>
  );
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const rawPage = (await searchParams).page;
  const page = Number(Array.isArray(rawPage) ? rawPage[0] : rawPage) || 1;
  // Checked before anything streams, so a signed-out visit is a real redirect.
  const user = await requireUser(locale, `/${locale}/account${page > 1 ? `?page=${page}` : ""}`);
  return (
    <div className="space-y-6">
      <AccountHeader email={user.email} current="overview" />
      <Suspense fallback={<AccountSkeleton />}>
        <AccountData userId={user.id} page={page} locale={locale} />
      </Suspense>
    </div>
  );
}
