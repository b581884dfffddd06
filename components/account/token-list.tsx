import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ApiTokenView } from "@/lib/auth/api-tokens";
import { formatDateTime } from "@/lib/i18n/format";
import { revokeTokenAction } from "@/lib/auth/token-actions";
import { RevokeToken } from "./revoke-token";

type Props = { tokens: ApiTokenView[]; limit: number };

/** The user's live tokens (never their secrets), each with a revoke button that asks first (a plain form). */
export async function TokenList({ tokens, limit }: Props) {
  const [t, locale] = await Promise.all([getTranslations("Account"), getLocale() as Promise<Locale>]);
  const when = (date: Date) => formatDateTime(locale, date.toISOString());
  return (
    <section
      aria-labelledby="token-list-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
      data-testid="token-list"
    >
      <h2 id="token-list-heading" className="text-base font-semibold">
        {t("yourTokens")}
      </h2>
      {tokens.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noTokens")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {tokens.map((token) => {
            // Tokens made by POST /api/auth/login are named "login" by the API; say what that means.
            const name = token.name === "login" ? t("loginToken") : token.name;
            return (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3" data-testid="token-row">
                <div className="min-w-0 text-sm">
                  <p className="break-all font-medium text-slate-900" data-testid="token-name">
                    {name}
                    {token.expired && (
                      <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{t("expired")}</span>
                    )}
                  </p>
                  <p className="text-slate-600">
                    <span className="block sm:inline">{t("created", { date: when(token.createdAt) })}</span>
                    <span className="hidden sm:inline"> · </span>
                    <span className="block sm:inline">{t("expires", { date: when(token.expiresAt) })}</span>
                  </p>
                </div>
                <RevokeToken tokenId={token.id} name={name} locale={locale} action={revokeTokenAction} />
              </li>
            );
          })}
        </ul>
      )}
      {tokens.length >= limit && <p className="mt-2 text-xs text-slate-600">{t("tokensShown", { shown: limit })}</p>}
    </section>
  );
}
