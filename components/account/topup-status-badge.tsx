import { getTranslations } from "next-intl/server";

const styles: Record<string, string> = { completed: "bg-emerald-100 text-emerald-900", pending: "bg-amber-100 text-amber-900" };

/** A top-up's status as a translated pill, in the order badges' colours. */
export async function TopupStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("Topup");
  const key = status === "completed" || status === "expired" ? status : "pending";
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${styles[key] ?? "bg-slate-100 text-slate-800"}`}
      data-testid="topup-status"
    >
      {t(`statuses.${key}`)}
    </span>
  );
}
