import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "../env";
import { decrypt, encrypt } from "../crypto/secret-box";
import { renderMail, type MailDocument } from "./render";
import type { MailKind } from "./mail-kinds";
import { Prisma } from "../generated/sqlite/client";
import { writeAtCommit, type SqlTx } from "../db/hot-transaction";

export type OutgoingMail = {
  /** One mail per key, ever: `order_created:<order id>`, `password_reset:<reset id>`, ... */
  dedupeKey: string;
  kind: MailKind;
  to: string;
  /** After this the mail is stale and is dropped rather than sent late. */
  deadlineAt: Date;
  doc: MailDocument;
};

/**
 * Puts a mail in the outbox, in the caller's transaction: it exists exactly when the change
 * that causes it commits. A second mail with the same dedupe key is ignored (DO NOTHING
 * rather than a caught unique violation, which would abort a PostgreSQL transaction).
 * Without SMTP_URL the mail is written as `skipped`: the operator sees it, and configuring
 * SMTP later does not send a backlog of old mail. Answers whether a mail was written (false: the key was taken).
 */
export async function enqueueMail(tx: SqlTx, mail: OutgoingMail, now = new Date()): Promise<boolean> {
  return (await tx.$executeRaw(outboxInsert(mail, now))) === 1;
}

/** The same, for a caller that needs no answer: in the order path's transaction it goes with COMMIT (lib/db/hot-transaction.ts). */
export function enqueueMailAtCommit(tx: SqlTx, mail: OutgoingMail, now = new Date()): Promise<void> {
  return writeAtCommit(tx, outboxInsert(mail, now));
}

/**
 * The row keeps the mail's document, sealed, and the sender writes it out as text and HTML
 * (lib/mail/mail-sender.ts): the order path then neither renders the mail nor writes the
 * rendered copy (a delivery mail: 5.3 KB sealed, against 1.2 KB for its document) into its commit.
 */
export function sealMailContent(doc: MailDocument): string {
  return encrypt(JSON.stringify({ doc }));
}

/** The mail as sent, from a row's content: rows written before the document was kept hold the rendered text and HTML. */
export function openMailContent(content: string): { text: string; html: string } {
  const opened = JSON.parse(decrypt(content)) as { doc: MailDocument } | { text: string; html: string };
  return "doc" in opened ? renderMail(opened.doc) : opened;
}

function outboxInsert(mail: OutgoingMail, now: Date): Prisma.Sql {
  const status = env.SMTP_URL ? "pending" : "skipped";
  const note = env.SMTP_URL ? null : "SMTP_URL is not configured";
  return Prisma.sql`
    INSERT INTO "mail_outbox" ("id", "dedupeKey", "kind", "locale", "toAddress", "subject", "content", "status", "attempts",
      "nextAttemptAt", "deadlineAt", "lastError", "createdAt")
    VALUES (${randomUUID()}, ${mail.dedupeKey}, ${mail.kind}, ${mail.doc.locale}, ${mail.to}, ${mail.doc.subject},
      ${sealMailContent(mail.doc)}, ${status}, 0, ${now}, ${mail.deadlineAt}, ${note}, ${now})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
