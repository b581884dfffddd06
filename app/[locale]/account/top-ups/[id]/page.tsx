// One of the signed-in user's top-ups: its payment page while unpaid (the same cashier and crypto
// views as an order's), then what was credited.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/web-session";
import { AppError } from "@/lib/api/app-error";
import { ownTopup } from "@/lib/topups/topup-views";
import { TopupProgress } from "@/components/account/topup-progress";
import { topupStatusAction } from "../../top-up/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ out_trade_no?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Topup" });
  return { title: t("title"), robots: { index: false } };
}

async function ownOr404(userId: string, id: string) {
  try {
    return await ownTopup(userId, id);
  } catch (caught) {
    if (caught instanceof AppError && caught.code === "not_found") notFound();
    throw caught;
  }
}

export default async function TopupPaymentPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/top-ups/${encodeURIComponent(id)}`);
  const view = await ownOr404(user.id, id);
  const t = await getTranslations("Topup");
  // EPay and Alipay send the buyer back here with the trade's parameters (out_trade_no among them).
  const returned = (await searchParams).out_trade_no !== undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        href="/account"
        className="inline-block rounded text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
      >
        ← {t("backToAccount")}
      </Link>
      <TopupProgress view={view} locale={locale} returned={returned} check={topupStatusAction.bind(null, view.topup.id)} />
    </div>
  );
}
