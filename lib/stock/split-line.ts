export type DeliveredAccount = { account: string | null; password: string | null; extra: string[]; raw: string };

/** `account----password----extra...` -> parts; a line without the delimiter comes back in `raw` only. */
export function splitLine(raw: string, delimiter: string): DeliveredAccount {
  const parts = delimiter ? raw.split(delimiter) : [raw];
  if (parts.length < 2) return { account: null, password: null, extra: [], raw };
  const [account, password, ...extra] = parts;
  return { account: account!, password: password!, extra, raw };
}
