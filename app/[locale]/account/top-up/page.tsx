// Start a balance top-up: the balance, the amount and how to pay; then the top-up's payment page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/web-session";
import { topupChoices } from "@/lib/topups/topup-choices";
import { TopupForm } from "@/components/account/topup-form";
import { createTopupAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Topup" });
  return { title: t("title"), robots: { index: false } };
}

export default async function TopupPage({ params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  await requireUser(locale, `/${locale}/account/top-up`);
  const t = await getTranslations("Topup");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Link
        href="/account"
        className="inline-block rounded text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
      >
        ← {t("backToAccount")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </header>
      <TopupForm choices={await topupChoices()} action={createTopupAction} />
    </div>
  );
}
