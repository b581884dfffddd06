import "server-only";
// The append-only audit log of operator writes. Services record an entry in the same
// transaction as the change it describes, so a change without its entry cannot commit.
// This module only inserts and reads: nothing in the shop updates or deletes an entry.
import { z } from "zod";
import type { Tx } from "../db";
import { db } from "../db";
import type { Actor } from "./actor";
import { pageSize, type Page } from "./paging";

export type AuditChange = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// BigInt money and Dates become strings, so a snapshot is plain JSON.
const snapshot = (value: unknown): string | null =>
  value === undefined || value === null
    ? null
    : JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));

export async function recordAudit(tx: Pick<Tx, "auditEntry">, actor: Actor, change: AuditChange): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      ip: actor.ip,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: snapshot(change.before),
      after: snapshot(change.after),
    },
  });
}

export const auditQuerySchema = z.strictObject({
  action: z.string().trim().max(64).optional(),
  entity_type: z.string().trim().max(32).optional(),
  entity_id: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(254).optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: pageSize,
});

export type AuditEntryDto = {
  id: number;
  created_at: string;
  actor_id: string | null;
  actor_email: string;
  ip: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
};

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** Newest first; the cursor is the last id seen. */
export async function listAudit(query: z.infer<typeof auditQuerySchema>): Promise<Page<AuditEntryDto>> {
  const rows = await db.auditEntry.findMany({
    where: {
      ...(query.action ? { action: query.action } : {}),
      ...(query.entity_type ? { entityType: query.entity_type } : {}),
      ...(query.entity_id ? { entityId: query.entity_id } : {}),
      ...(query.actor ? { actorEmail: query.actor.toLowerCase() } : {}),
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      created_at: row.createdAt.toISOString(),
      actor_id: row.actorId,
      actor_email: row.actorEmail,
      ip: row.ip,
      action: row.action,
      entity_type: row.entityType,
      entity_id: row.entityId,
      before: parse(row.before),
      after: parse(row.after),
    })),
    next_cursor: rows.length > query.limit ? String(page.at(-1)!.id) : null,
  };
}
