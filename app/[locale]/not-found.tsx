import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { primaryButton } from "@/components/ui/styles";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-lg py-12 text-center" data-testid="not-found">
      <p className="text-5xl font-bold text-indigo-700">404</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className={`${primaryButton} mt-6 inline-block px-4 py-2 font-medium`}>
        {t("back")}
      </Link>
    </div>
  );
}
