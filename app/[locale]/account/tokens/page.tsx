// API tokens of the signed-in user: list (never the secrets), create (secret shown once), revoke.
import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/web-session";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { AccountHeader } from "@/components/account/account-header";
import { AccountSkeleton } from "@/components/account/account-skeleton";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { TokenList } from "@/components/account/token-list";
import { createTokenAction } from "@/lib/auth/token-actions";
import { formAlert } from "@/components/ui/styles";

export const dynamic = "force-dynamic";

const SHOWN = 50;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ revoked?: string | string[]; at?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Account" });
  return { title: t("tokensTitle"), robots: { index: false } };
}

async function Tokens({ userId }: { userId: string }) {
  return <TokenList tokens={await listApiTokens(userId, SHOWN)} limit={SHOWN} />;
}

export default async function TokensPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/tokens`);
  const { revoked, at } = await searchParams;
  const t = await getTranslations("Account");
  return (
    <div className="space-y-6">
      <AccountHeader email={user.email} current="tokens" />
      <p className="max-w-3xl text-slate-700">{t("tokensIntro")}</p>
      {revoked === "1" && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="revoke-result">
          {t("revoked")}
        </p>
      )}
      {revoked === "missing" && (
        <p role="alert" className={formAlert} data-testid="revoke-result">
          {t("revokeFailed")}
        </p>
      )}
      <CreateTokenForm action={createTokenAction} revokedAt={typeof at === "string" ? at : undefined} />
      <Suspense fallback={<AccountSkeleton cards={0} rows={3} />}>
        <Tokens userId={user.id} />
      </Suspense>
    </div>
  );
}
