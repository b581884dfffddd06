import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/i18n/format";

const sizes = { md: "text-2xl", lg: "text-3xl" } as const;

/** A product's unit price as the shop shows it everywhere: big, rose, grey once sold out. */
export function PriceTag({
  locale,
  price,
  soldOut,
  size = "md",
}: {
  locale: Locale;
  price: number;
  soldOut: boolean;
  size?: keyof typeof sizes;
}) {
  return (
    <span className={`${sizes[size]} font-bold tabular-nums ${soldOut ? "text-slate-600" : "text-rose-700"}`} data-testid="price">
      {formatPrice(locale, price)}
    </span>
  );
}
