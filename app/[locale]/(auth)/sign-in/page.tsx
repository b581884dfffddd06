// Sign in with email and password (the API's rules and limits); back to callbackUrl after.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/web-session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthPage } from "@/components/auth/auth-page";
import { signInAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, `/${locale}/account`);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("Auth");
  return (
    <AuthPage
      title={t("signInTitle")}
      intro={t("signInIntro")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href={{ pathname: "/register", query: { callbackUrl } }} className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {t("registerLink")}
          </Link>
        </>
      }
    >
      <AuthForm mode="signIn" action={signInAction} callbackUrl={callbackUrl} />
    </AuthPage>
  );
}
