// /{locale}/admin/sign-in — the operator's sign-in with the two-factor code.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { currentUser } from "@/lib/auth/web-session";
import { AuthPage } from "@/components/auth/auth-page";
import { AdminSignInForm } from "@/components/admin/admin-sign-in-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminSignInPage({ params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const user = await currentUser();
  if (user?.role === "admin") redirect(`/${locale}/admin`);
  const t = await getTranslations("Admin.signIn");
  return (
    <AuthPage title={t("title")} intro={t("intro")} footer={t("footer")}>
      <AdminSignInForm />
    </AuthPage>
  );
}
