import { getTranslations } from "next-intl/server";

const danger =
  "rounded-lg border border-rose-300 bg-white px-3 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-700";

/**
 * Revoking asks first: the button opens a confirmation (a <details>, so it works without
 * JavaScript too) whose own button posts the revoke form. Cancelling just closes it.
 */
export async function RevokeToken({
  tokenId,
  name,
  locale,
  action,
}: {
  tokenId: string;
  name: string;
  locale: string;
  action: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("Account");
  const ts = await getTranslations("TokenRevoke");
  return (
    <details className="group relative">
      <summary className={`${danger} cursor-pointer list-none [&::-webkit-details-marker]:hidden`} aria-label={t("revokeLabel", { name })}>
        {t("revoke")}
      </summary>
      <div
        className="mt-2 w-72 max-w-[calc(100vw-3rem)] rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-950 sm:absolute sm:right-0 sm:z-10 sm:shadow-lg"
        data-testid="revoke-confirm"
      >
        <p>{ts("question", { name })}</p>
        <form action={action} className="mt-2">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="tokenId" value={tokenId} />
          <button
            type="submit"
            className="rounded-lg bg-rose-700 px-3 py-1.5 font-medium text-white hover:bg-rose-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-700"
          >
            {ts("confirm")}
          </button>
        </form>
      </div>
    </details>
  );
}
