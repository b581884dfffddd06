import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

export default async function SupportLoading() {
  const t = await getTranslations("Loading");
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_14rem]" role="status" aria-label={t("label")}>
      <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-8">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-5/6" />
        <Skeleton className="h-4 w-2/3" />
      </div>
      <Skeleton className="h-40 w-full rounded-xl" />
    </div>
  );
}
