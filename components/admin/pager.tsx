import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { secondaryButton } from "./styles";

/** Keyset paging: back to the first page, or on with the next cursor (the other filters kept). */
export async function Pager({
  pathname,
  query,
  nextCursor,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  nextCursor: string | null;
}) {
  const t = await getTranslations("Admin.paging");
  const kept = Object.fromEntries(Object.entries(query).filter(([key, value]) => key !== "cursor" && value)) as Record<string, string>;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      {query.cursor && (
        <Link href={{ pathname, query: kept }} className={secondaryButton} data-testid="pager-first">
          {t("first")}
        </Link>
      )}
      {nextCursor && (
        <Link href={{ pathname, query: { ...kept, cursor: nextCursor } }} className={secondaryButton} data-testid="pager-next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
