// The sign-in and registration pages are one page in two modes: each links to the other and
// keeps the same-site callbackUrl.
import { gapAfter } from "@/lib/i18n/gap";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/web-session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthPage } from "@/components/auth/auth-page";
import { registerAction, signInAction } from "@/lib/auth/auth-actions";

export type AuthMode = "signIn" | "register";
export type AuthEntryProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string | string[] }> };

const modes = {
  signIn: {
    title: "signInTitle",
    intro: "signInIntro",
    other: "noAccount",
    otherLink: "registerLink",
    otherPath: "/register",
    action: signInAction,
  },
  register: {
    title: "registerTitle",
    intro: "registerIntro",
    other: "haveAccount",
    otherLink: "signInLink",
    otherPath: "/sign-in",
    action: registerAction,
  },
} as const;

export async function authMetadata(mode: AuthMode, { params }: Pick<AuthEntryProps, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Auth" });
  return { title: t(modes[mode].title), robots: { index: false } };
}

export async function AuthEntry({ mode, params, searchParams }: AuthEntryProps & { mode: AuthMode }) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, `/${locale}/account`);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("Auth");
  const tReset = await getTranslations("PasswordReset");
  const { title, intro, other, otherLink, otherPath, action } = modes[mode];
  return (
    <AuthPage
      title={t(title)}
      intro={t(intro)}
      footer={
        <>
          {t(other)}
          {gapAfter(t(other))}
          <Link
            href={{ pathname: otherPath, query: { callbackUrl } }}
            className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
          >
            {t(otherLink)}
          </Link>
        </>
      }
    >
      <AuthForm mode={mode} action={action} callbackUrl={callbackUrl} />
      {mode === "signIn" && (
        <p className="text-center text-sm">
          <Link href="/forgot-password" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {tReset("forgotLink")}
          </Link>
        </p>
      )}
    </AuthPage>
  );
}
