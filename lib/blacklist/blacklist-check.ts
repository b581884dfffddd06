import "server-only";
// The order path's blacklist check, before anything is written. It is called from one place,
// createOrder, so a refused order reserves, debits and records nothing. The entries are
// compared against this instance's copy of the whole list, kept for 5 s like the payment
// configuration: reading them at each order was one of a PostgreSQL order's round trips. The
// console's changes drop the copy at once (lib/admin/blacklist.ts); another instance's
// changes reach this one within 5 s.
import { db } from "../db";
import { AppError } from "../api/app-error";
import { keptCopy } from "../cache/kept-copy";
import { emailDomain, normalizeIp } from "./blacklist-values";
import type { BlacklistKind } from "./blacklist-kinds";

export type BuyerIdentity = {
  /** The order's contact email. */
  contactEmail: string;
  /** The signed-in account's email, when there is one. */
  accountEmail?: string | null;
  /** The client's address as the front door sees it (lib/api/client-ip.ts). */
  clientIp: string;
};

type Entries = Record<BlacklistKind, Set<string>>;

const entries = keptCopy(loadEntries, { lifetimeMs: 5_000 });

/** Drops this instance's copy after the console added or removed an entry. */
export const invalidateBlacklist = (): void => entries.invalidate();

async function loadEntries(): Promise<Entries> {
  const rows = await db.blacklistEntry.findMany({ select: { kind: true, value: true } });
  const kept: Entries = { email: new Set(), domain: new Set(), ip: new Set() };
  // Values are stored in the form compared below (lib/blacklist/blacklist-values.ts).
  for (const row of rows) kept[row.kind as BlacklistKind]?.add(row.value);
  return kept;
}

/**
 * Refuses an order whose contact email, its domain, the account's email or domain, or the
 * client's address is blacklisted. The answer is deliberately generic: it does not say
 * which entry matched.
 */
export async function refuseBlacklistedBuyer(buyer: BuyerIdentity): Promise<void> {
  const { email, domain, ip } = await entries.read();
  const contact = buyer.contactEmail.trim().toLowerCase();
  const account = (buyer.accountEmail ?? contact).trim().toLowerCase();
  const refused =
    email.has(contact) ||
    email.has(account) ||
    domain.has(emailDomain(contact)) ||
    domain.has(emailDomain(account)) ||
    ip.has(normalizeIp(buyer.clientIp));
  if (refused) throw new AppError("order_refused", "Order refused");
}
