// Change the password of the signed-in user; every other session and every API token ends.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/web-session";
import { AccountHeader } from "@/components/account/account-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { changePasswordAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ changed?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AccountPassword" });
  return { title: t("title"), robots: { index: false } };
}

export default async function PasswordPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/password`);
  const changed = (await searchParams).changed === "1";
  const t = await getTranslations("AccountPassword");
  return (
    <div className="space-y-6">
      <AccountHeader email={user.email} current="password" />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {changed && (
        <p role="status" className="max-w-md rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="password-changed">
          {t("changed")}
        </p>
      )}
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
