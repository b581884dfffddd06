import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { primaryButton } from "@/components/ui/styles";

/** An expired or cancelled order: say so plainly and offer the product again. */
export async function OrderClosed({ status, productSlug }: { status: "expired" | "cancelled"; productSlug: string | null }) {
  const t = await getTranslations("Payment");
  return (
    <section aria-labelledby="closed-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="order-closed">
      <h2 id="closed-heading" className="text-lg font-semibold">
        {status === "expired" ? t("expiredTitle") : t("cancelledTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{status === "expired" ? t("expiredBody") : t("cancelledBody")}</p>
      {productSlug && (
        <Link
          href={`/products/${productSlug}`}
          className={`${primaryButton} mt-4 inline-block px-4 py-2 font-medium`}
          data-testid="order-again"
        >
          {t("orderAgain")}
        </Link>
      )}
    </section>
  );
}
