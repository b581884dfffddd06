// The page a password reset mail links to: a new password for a live link, or the way to a new link.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localeOf } from "@/lib/i18n/request-locale";
import { resetLinkIsLive } from "@/lib/auth/password-reset";
import { AuthPage } from "@/components/auth/auth-page";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { primaryButton } from "@/components/ui/styles";
import { resetPasswordAction } from "../password-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: "PasswordReset" });
  // The token is in this page's address: no Referer may carry it anywhere.
  return { title: t("resetTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  setRequestLocale(localeOf((await params).locale));
  const t = await getTranslations("PasswordReset");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  if (!(await resetLinkIsLive(token))) {
    return (
      <AuthPage title={t("invalidTitle")} intro={t("invalid")} footer={null}>
        <p className="text-center" data-testid="reset-link-invalid">
          <Link href="/forgot-password" className={`${primaryButton} inline-block px-4 py-2.5 font-medium`}>
            {t("requestNew")}
          </Link>
        </p>
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t("resetTitle")} intro={t("resetIntro")} footer={null}>
      <ResetPasswordForm token={token} action={resetPasswordAction} />
    </AuthPage>
  );
}
