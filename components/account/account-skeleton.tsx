import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder cards while the account's data streams in. */
export async function AccountSkeleton({ cards = 2, rows = 4 }: { cards?: number; rows?: number }) {
  const t = await getTranslations("Loading");
  return (
    <div className="space-y-6" role="status" aria-label={t("label")} data-testid="account-skeleton">
      {cards > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          {Array.from({ length: cards }, (_, i) => (
            <Skeleton key={i} className="h-24 w-full rounded-xl" />
          ))}
        </div>
      )}
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
        <Skeleton className="h-5 w-40" />
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}
