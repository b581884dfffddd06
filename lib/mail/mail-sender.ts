import "server-only";
import { db } from "../db";
import { env } from "../env";
import { startBackgroundJob } from "../jobs/background-jobs";
import { retryBackoffMs } from "../jobs/retry-backoff";
import { sendSmtp, SmtpFailure } from "./smtp";
import { openMailContent } from "./outbox";

const BATCH = 20;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
// A claim outlasts one send (whose timeouts are MAIL_SEND_TIMEOUT_MS) with room to record it.
const claimMs = () => env.MAIL_SEND_TIMEOUT_MS + 5_000;

type DueMail = {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  content: string;
  nextAttemptAt: Date;
  attempts: number;
  createdAt: Date;
};

/** First retry after OUTBOX_RETRY_BASE_MS, doubling, at most an hour apart. */
export function mailBackoffMs(attempts: number): number {
  return retryBackoffMs(attempts, { baseMs: env.OUTBOX_RETRY_BASE_MS, maxMs: MAX_BACKOFF_MS });
}

/**
 * Sends what is due, oldest first. Each mail is claimed with a guarded update (its
 * nextAttemptAt moves past the longest a send can take) before it is sent, so two senders
 * never send it at once, and a sender killed mid-send leaves it due again once the claim
 * runs out: at least once, never lost. Mail past its deadline is dropped, not sent late.
 */
export async function sendDueMail(now = new Date()): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  await db.mailOutbox.updateMany({
    where: { status: "pending", deadlineAt: { lte: now } },
    data: { status: "expired", lastError: "dropped: its deadline passed before it could be sent" },
  });
  const due: DueMail[] = await db.mailOutbox.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: { id: true, kind: true, toAddress: true, subject: true, content: true, nextAttemptAt: true, attempts: true, createdAt: true },
  });
  for (const mail of due) {
    const outcome = await sendOne(mail);
    if (outcome) counts[outcome]++;
  }
  return counts;
}

async function sendOne(mail: DueMail): Promise<"sent" | "failed" | null> {
  const claimed = await db.mailOutbox.updateMany({
    where: { id: mail.id, status: "pending", nextAttemptAt: mail.nextAttemptAt },
    data: { nextAttemptAt: new Date(Date.now() + claimMs()), attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;
  const attempts = mail.attempts + 1;
  const { text, html } = openMailContent(mail.content);
  try {
    await sendSmtp({ id: mail.id, kind: mail.kind, to: mail.toAddress, subject: mail.subject, text, html, createdAt: mail.createdAt });
  } catch (error) {
    const failure = error instanceof SmtpFailure ? error : new SmtpFailure(String(error), false);
    console.warn(
      `[stockline] mail ${mail.id} (${mail.kind}) attempt ${attempts} failed${failure.permanent ? " for good" : ""}: ${failure.message}`,
    );
    await db.mailOutbox.updateMany({
      where: { id: mail.id, status: "pending" },
      data: failure.permanent
        ? { status: "failed", lastError: failure.message }
        : { nextAttemptAt: new Date(Date.now() + mailBackoffMs(attempts)), lastError: failure.message },
    });
    return "failed";
  }
  await db.mailOutbox.updateMany({
    where: { id: mail.id, status: "pending" },
    data: { status: "sent", sentAt: new Date(), lastError: null },
  });
  return "sent";
}

/** The sender runs where SMTP is configured; without it mail is only recorded (as skipped). */
export function startMailSender(): void {
  if (!env.SMTP_URL) {
    console.log("[stockline] SMTP_URL is not set: mail is recorded in the outbox but not sent");
    return;
  }
  startBackgroundJob({ name: "mail-sender", everyMs: env.OUTBOX_POLL_MS, run: async () => void (await sendDueMail()) });
}
