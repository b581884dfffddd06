import "server-only";
// The order path's blacklist check: one indexed lookup (the unique (kind, value) index) on the
// kept-statement reader, before anything is written. It is called from one place,
// createOrder, so a refused order reserves, debits and records nothing.
import { hotRead } from "../db/sqlite-reader";
import { AppError } from "../api/app-error";
import { emailDomain, normalizeIp } from "./blacklist-values";

const MATCH = `SELECT "kind" FROM "blacklist_entries"
  WHERE ("kind" = 'email' AND "value" IN (?, ?)) OR ("kind" = 'domain' AND "value" IN (?, ?)) OR ("kind" = 'ip' AND "value" = ?)
  LIMIT 1`;

export type BuyerIdentity = {
  /** The order's contact email. */
  contactEmail: string;
  /** The signed-in account's email, when there is one. */
  accountEmail?: string | null;
  /** The client's address as the front door sees it (lib/api/client-ip.ts). */
  clientIp: string;
};

/**
 * Refuses an order whose contact email, its domain, the account's email or domain, or the
 * client's address is blacklisted. The answer is deliberately generic: it does not say
 * which entry matched.
 */
export async function refuseBlacklistedBuyer(buyer: BuyerIdentity): Promise<void> {
  const contact = buyer.contactEmail.trim().toLowerCase();
  const account = (buyer.accountEmail ?? contact).trim().toLowerCase();
  const rows = await hotRead(
    MATCH,
    [contact, account, emailDomain(contact), emailDomain(account), normalizeIp(buyer.clientIp)],
    (row) => row,
  );
  if (rows.length > 0) throw new AppError("order_refused", "Order refused");
}
