// WeChat Pay's platform certificates expire and are replaced: after the date on the one a
// merchant downloaded (WECHAT_PLATFORM_CERT), WeChat Pay signs with its successor, whose serial
// the shop does not know, so every notice and answer is refused and cashier orders stay unpaid.
// The console and the server's log say so ahead of time and once it has happened.

/** How long before the date the operator is told. */
export const EXPIRY_NOTICE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A certificate near or past its end of validity: the setting that holds it, the date (UTC), and whether it has passed. */
export type CertificateExpiry = { setting: string; date: string; expired: boolean };

/** The certificate's expiry once it is EXPIRY_NOTICE_DAYS away or nearer; null before then. */
export function certificateExpiry(setting: string, validTo: Date, now = new Date()): CertificateExpiry | null {
  const left = validTo.getTime() - now.getTime();
  if (left > EXPIRY_NOTICE_DAYS * DAY_MS) return null;
  return { setting, date: validTo.toISOString().slice(0, 10), expired: left <= 0 };
}

/** The expiry as the server's log and the admin API say it (the console says it in the operator's language). */
export function certificateExpiryText({ setting, date, expired }: CertificateExpiry): string {
  const instead = "download WeChat Pay's current platform certificate, or switch to WECHAT_PLATFORM_PUBLIC_KEY and its id";
  return expired
    ? `${setting} expired on ${date} (UTC): WeChat Pay signs with a newer certificate, so its payment notices and answers cannot be verified; ${instead}.`
    : `${setting} expires on ${date} (UTC): from then WeChat Pay's payment notices cannot be verified; ${instead} before then.`;
}
