// /{locale}/admin/two-factor — set up two-factor sign-in (every operator must before using the
// console), or renew recovery codes once it is on.
import type { Metadata } from "next";
import QRCode from "qrcode";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireConsoleAdmin } from "@/lib/auth/admin-session";
import { pendingEnrolment } from "@/lib/auth/two-factor";
import { unusedRecoveryCodes } from "@/lib/auth/recovery-codes";
import { RenewRecoveryCodes, TwoFactorEnrol } from "@/components/admin/two-factor-setup";
import { AuthPage } from "@/components/auth/auth-page";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.twoFactor" });
  return { title: t("title"), robots: { index: false } };
}

export default async function TwoFactorPage({ params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const admin = await requireConsoleAdmin(locale, { allowWithoutTwoFactor: true });
  const t = await getTranslations("Admin.twoFactor");
  const enrolment = await pendingEnrolment(admin.id);
  if (!enrolment) {
    return (
      <AuthPage
        title={t("title")}
        intro={t("enabledIntro", { left: await unusedRecoveryCodes(admin.id) })}
        footer={<Link href="/admin">{t("back")}</Link>}
      >
        <RenewRecoveryCodes />
      </AuthPage>
    );
  }
  const qrSvg = await QRCode.toString(enrolment.uri, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#0f172a", light: "#ffffff" },
  });
  return (
    <AuthPage title={t("title")} intro={t("intro")} footer={t("footer")}>
      <TwoFactorEnrol qrSvg={qrSvg} secret={enrolment.secret} />
    </AuthPage>
  );
}
