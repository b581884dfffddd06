"use client";
// A webhook secret, shown once after it was made: copy it now (the console does not show it again).
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { CopyButton } from "@/components/ui/copy-button";
import { link as linkClass, successNote } from "../styles";

export function SecretOnce({ secret, title, link }: { secret: string; title: string; link?: string }) {
  const t = useTranslations("AdminNotify.webhooks");
  return (
    <div role="status" className={`${successNote} space-y-2`} data-testid="webhook-secret">
      <p className="font-medium">{title}</p>
      <p>{t("secretOnce")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900" data-testid="webhook-secret-value">
          {secret}
        </code>
        <CopyButton text={secret} label={t("copySecret")} />
      </div>
      {link && (
        <Link href={link} className={linkClass}>
          {t("openEndpoint")}
        </Link>
      )}
    </div>
  );
}
