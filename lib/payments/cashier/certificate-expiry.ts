// WeChat Pay's platform certificates expire and are replaced: after the date on the one a
// merchant downloaded (WECHAT_PLATFORM_CERT), WeChat Pay signs with its successor, whose serial
// the shop does not know, so every notice and answer is refused and cashier orders stay unpaid.
// The console and the server's log say so ahead of time and once it has happened.

/** How long before the date the operator is told. */
export const EXPIRY_NOTICE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function certificateExpiryWarning(setting: string, validTo: Date, now = new Date()): string | null {
  const date = validTo.toISOString().slice(0, 10);
  const instead = "download WeChat Pay's current platform certificate, or switch to WECHAT_PLATFORM_PUBLIC_KEY and its id";
  if (validTo.getTime() <= now.getTime()) {
    return `${setting} expired on ${date} (UTC): WeChat Pay signs with a newer certificate, so its payment notices and answers cannot be verified; ${instead}.`;
  }
  if (validTo.getTime() - now.getTime() <= EXPIRY_NOTICE_DAYS * DAY_MS) {
    return `${setting} expires on ${date} (UTC): from then WeChat Pay's payment notices cannot be verified; ${instead} before then.`;
  }
  return null;
}
