import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

// The API docs read the live catalogue for their sample answer: a skeleton of the contents column and the first sections meanwhile.
export default async function ApiDocsLoading() {
  const t = await getTranslations("Loading");
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]" role="status" aria-label={t("label")}>
      <Skeleton className="hidden h-72 w-full rounded-xl lg:block" />
      <div className="space-y-4">
        <Skeleton className="h-9 w-1/2" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-24 w-full rounded-lg" />
        <Skeleton className="h-40 w-full rounded-xl" />
      </div>
    </div>
  );
}
