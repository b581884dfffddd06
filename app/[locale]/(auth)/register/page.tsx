// Create an account (the rules of POST /api/auth/register); signed in straight after.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/web-session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthPage } from "@/components/auth/auth-page";
import { registerAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Auth" });
  return { title: t("registerTitle"), robots: { index: false } };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, `/${locale}/account`);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("Auth");
  return (
    <AuthPage
      title={t("registerTitle")}
      intro={t("registerIntro")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href={{ pathname: "/sign-in", query: { callbackUrl } }} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {t("signInLink")}
          </Link>
        </>
      }
    >
      <AuthForm mode="register" action={registerAction} callbackUrl={callbackUrl} />
    </AuthPage>
  );
}
