import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { StatusNotice } from "@/components/ui/status-notice";

/** A signed-in account that is not an operator, anywhere in the console (rendered with HTTP 403). */
export default async function AdminForbidden() {
  const t = await getTranslations("Admin.forbidden");
  return (
    <StatusNotice code={403} title={t("title")} body={t("body")} testId="admin-forbidden">
      <Link href="/" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
        {t("back")}
      </Link>
    </StatusNotice>
  );
}
