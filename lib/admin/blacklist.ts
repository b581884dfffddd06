import "server-only";
// Blacklist entries (/api/admin/blacklist and the console): emails, email domains and client
// addresses whose orders are refused (lib/blacklist/blacklist-check.ts). Each add and removal
// is audited in the same transaction, and drops this instance's copy of the list once committed.
import { z } from "zod";
import { db, transaction } from "../db";
import { AppError } from "../api/app-error";
import { isUniqueViolation } from "../db/errors";
import { blacklistValue } from "../blacklist/blacklist-values";
import { invalidateBlacklist } from "../blacklist/blacklist-check";
import type { blacklistQuerySchema, createBlacklistEntrySchema } from "../blacklist/blacklist-schemas";
import { recordAudit } from "./audit";
import type { Actor } from "./actor";
import type { Page } from "./paging";

type EntryRow = { id: string; kind: string; value: string; note: string; createdAt: Date };

function entryDto(row: EntryRow) {
  return { id: row.id, kind: row.kind, value: row.value, note: row.note, created_at: row.createdAt.toISOString() };
}
export type BlacklistEntryDto = ReturnType<typeof entryDto>;

/** Newest first; the cursor is the last id seen (ids are random, so paging orders by (createdAt, id)). */
export async function listBlacklist(query: z.infer<typeof blacklistQuerySchema>): Promise<Page<BlacklistEntryDto>> {
  const after = query.cursor ? await db.blacklistEntry.findUnique({ where: { id: query.cursor } }) : null;
  const rows = await db.blacklistEntry.findMany({
    where: {
      AND: [
        query.kind ? { kind: query.kind } : {},
        query.q ? { value: { contains: query.q.toLowerCase() } } : {},
        after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(entryDto), next_cursor: rows.length > query.limit ? page.at(-1)!.id : null };
}

export async function addBlacklistEntry(actor: Actor, input: z.infer<typeof createBlacklistEntrySchema>): Promise<BlacklistEntryDto> {
  const parsed = blacklistValue(input.kind, input.value);
  if (!parsed.ok) throw new AppError("validation", parsed.message);
  try {
    const added = await transaction(async (tx) => {
      const entry = entryDto(await tx.blacklistEntry.create({ data: { kind: input.kind, value: parsed.value, note: input.note } }));
      await recordAudit(tx, actor, { action: "blacklist.add", entityType: "blacklist", entityId: entry.id, after: entry });
      return entry;
    });
    // Committed: this instance's next order is checked against it.
    invalidateBlacklist();
    return added;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "This entry is already on the blacklist");
    throw error;
  }
}

export async function removeBlacklistEntry(actor: Actor, id: string): Promise<{ deleted: true }> {
  const removed = await transaction(async (tx) => {
    const current = await tx.blacklistEntry.findUnique({ where: { id } });
    // deleteMany: a concurrent removal of the same entry answers 404 instead of failing.
    const { count } = current ? await tx.blacklistEntry.deleteMany({ where: { id } }) : { count: 0 };
    if (!current || count !== 1) throw new AppError("not_found", "Blacklist entry not found");
    await recordAudit(tx, actor, { action: "blacklist.remove", entityType: "blacklist", entityId: id, before: entryDto(current) });
    return { deleted: true as const };
  });
  invalidateBlacklist();
  return removed;
}
