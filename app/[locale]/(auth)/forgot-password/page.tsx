// Asks for a password reset link by email (the rules and limits of POST /api/auth/forgot-password).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localeOf } from "@/lib/i18n/request-locale";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { forgotPasswordAction } from "../password-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "PasswordReset" });
  return { title: t("forgotTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  setRequestLocale(localeOf((await params).locale));
  const t = await getTranslations("PasswordReset");
  return (
    <AuthPage
      title={t("forgotTitle")}
      intro={t("forgotIntro")}
      footer={
        <Link href="/sign-in" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
          {t("backToSignIn")}
        </Link>
      }
    >
      <ForgotPasswordForm action={forgotPasswordAction} />
    </AuthPage>
  );
}
