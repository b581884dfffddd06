// One of the signed-in user's orders: its summary, then the payment page while unpaid or the items once delivered. Ownership is
// the session's user id (lib/account/account-order.ts); another user's order is a 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/web-session";
import { accountOrderOrThrow } from "@/lib/account/account-order";
import { AppError } from "@/lib/api/app-error";
import { OrderReceipt } from "@/components/orders/order-receipt";
import { ExpiredHelp } from "@/components/orders/expired-help";
import { coinOf } from "@/components/orders/coin-of";
import { orderProductView } from "@/lib/orders/order-product";
import { shopBrand } from "@/lib/brand/shop-brand";
import { OrderProgress } from "@/components/payment/order-progress";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Order" });
  return { title: t("details"), robots: { index: false } };
}

async function ownOrderOr404(userId: string, id: string) {
  try {
    return await accountOrderOrThrow(userId, id);
  } catch (caught) {
    if (caught instanceof AppError && caught.code === "order_not_found") notFound();
    throw caught;
  }
}

export default async function AccountOrderPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/orders/${encodeURIComponent(id)}`);
  const order = await ownOrderOr404(user.id, id);
  const [t, product, brand] = await Promise.all([getTranslations("Account"), orderProductView(order.order.product_id), shopBrand()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link
        href="/account"
        className="inline-block rounded text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        ← {t("backToAccount")}
      </Link>
      <header>
        <h1 className="break-words text-2xl font-bold tracking-tight sm:text-3xl">{t("orderTitle", { orderNo: order.order.order_no })}</h1>
      </header>
      <OrderReceipt order={order.order} product={product} coin={coinOf(order.payment)} locale={locale} />
      <OrderProgress status={order} token={null} />
      {order.status === "expired" && <ExpiredHelp orderNo={order.order.order_no} contactEmail={brand.contact.email} />}
    </div>
  );
}
