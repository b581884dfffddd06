import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/web-session";
import { signOutAction } from "@/lib/auth/auth-actions";

const link =
  "rounded text-sm font-medium text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** "Sign in", or "Account" and a sign-out button: a server component, the sign-out a plain form. */
export async function AccountLinks() {
  const [user, t, locale] = await Promise.all([currentUser(), getTranslations("Auth"), getLocale()]);
  if (!user) {
    return (
      <Link href="/sign-in" className={link} data-testid="header-sign-in">
        {t("signInLink")}
      </Link>
    );
  }
  return (
    <>
      <Link href="/account" className={link} data-testid="header-account">
        {t("accountLink")}
      </Link>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={`${link} cursor-pointer`} data-testid="header-sign-out">
          {t("signOut")}
        </button>
      </form>
    </>
  );
}
