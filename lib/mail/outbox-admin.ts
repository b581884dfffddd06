import "server-only";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { validationError } from "../api/validation-error";
import { MAIL_KINDS, MAIL_STATUSES } from "./mail-kinds";
export const OUTBOX_PAGE_LIMIT = 200;

export const outboxQuerySchema = z.strictObject({
  status: z.enum(MAIL_STATUSES, `must be one of: ${MAIL_STATUSES.join(", ")}`).optional(),
  kind: z.enum(MAIL_KINDS, `must be one of: ${MAIL_KINDS.join(", ")}`).optional(),
  limit: z.coerce.number("must be an integer").int("must be an integer").min(1).max(OUTBOX_PAGE_LIMIT).default(50),
});

type OutboxRow = {
  id: string;
  dedupeKey: string;
  kind: string;
  locale: string;
  toAddress: string;
  subject: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  deadlineAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** What the operator sees of one mail: never its body (status links, reset links, items). */
function mailDto(row: OutboxRow) {
  return {
    id: row.id,
    // What makes it one mail ever ("order_delivered:<order id>"): ids only, nothing secret.
    dedupe_key: row.dedupeKey,
    kind: row.kind,
    locale: row.locale,
    to: row.toAddress,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
    deadline_at: row.deadlineAt.toISOString(),
    last_error: row.lastError,
    created_at: row.createdAt.toISOString(),
    sent_at: row.sentAt?.toISOString() ?? null,
  };
}

/** The newest mail (optionally of one status or kind) and how many there are of each status. */
export async function listOutbox(query: URLSearchParams) {
  const parsed = outboxQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw validationError(parsed.error);
  const { status, kind, limit } = parsed.data;
  const [rows, groups] = await Promise.all([
    db.mailOutbox.findMany({
      where: { ...(status ? { status } : {}), ...(kind ? { kind } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      omit: { content: true },
    }),
    db.mailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(MAIL_STATUSES.map((name) => [name, 0])) as Record<(typeof MAIL_STATUSES)[number], number>;
  for (const group of groups) counts[group.status as keyof typeof counts] = group._count._all;
  return { smtp_configured: Boolean(env.SMTP_URL), counts, mail: rows.map(mailDto) };
}
