import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { primaryButton } from "@/components/ui/styles";
import { StatusNotice } from "@/components/ui/status-notice";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <StatusNotice code={404} title={t("title")} body={t("body")} testId="not-found">
      <Link href="/" className={`${primaryButton} inline-block px-4 py-2 font-medium`}>
        {t("back")}
      </Link>
    </StatusNotice>
  );
}
