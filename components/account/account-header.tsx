import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const tab =
  "rounded-t-md border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** The account area's title, who is signed in, and its sections as tabs. */
export async function AccountHeader({ email, current }: { email: string; current: "overview" | "tokens" | "password" }) {
  const t = await getTranslations("Account");
  const tPassword = await getTranslations("AccountPassword");
  const sections = [
    { key: "overview", href: "/account", label: t("overview") },
    { key: "tokens", href: "/account/tokens", label: t("tokens") },
    { key: "password", href: "/account/password", label: tPassword("tab") },
  ] as const;
  const title = { overview: t("title"), tokens: t("tokensTitle"), password: tPassword("title") }[current];
  return (
    <header className="space-y-3">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        <p className="mt-1 break-all text-sm text-slate-600" data-testid="signed-in-as">
          {t("signedInAs", { email })}
        </p>
      </div>
      <nav aria-label={t("nav")} className="border-b border-slate-200">
        <ul className="flex gap-2">
          {sections.map((section) => (
            <li key={section.key}>
              <Link
                href={section.href}
                aria-current={section.key === current ? "page" : undefined}
                className={`${tab} block ${section.key === current ? "border-indigo-700 text-indigo-800" : "border-transparent text-slate-700 hover:text-indigo-700"}`}
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
