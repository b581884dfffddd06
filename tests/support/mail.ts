// A server instance that sends mail to a FakeSmtp, and a bounded wait on an outbox row.
import { db } from "./fixtures";
import type { FakeSmtp, ReceivedMail } from "../fakes/smtp";

export const MAIL_SENDER = "shop@stockline.test";

/** The settings of an instance that mails through `smtp`, with links to itself. */
export function mailServerEnv(smtp: FakeSmtp, baseUrl: string): Record<string, string> {
  return {
    SMTP_URL: smtp.url,
    MAIL_FROM: `Stockline <${MAIL_SENDER}>`,
    SITE_URL: baseUrl,
    // Short, so a send cut off by kill -9 is retried within the test's time.
    MAIL_SEND_TIMEOUT_MS: "3000",
  };
}

type OutboxRow = Awaited<ReturnType<typeof db.mailOutbox.findUniqueOrThrow>>;

export async function waitForOutbox(dedupeKey: string, until: (row: OutboxRow) => boolean, timeoutMs = 30_000): Promise<OutboxRow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db.mailOutbox.findUnique({ where: { dedupeKey } });
    if (row && until(row)) return row;
    if (Date.now() > deadline)
      throw new Error(`outbox ${dedupeKey} never got there: ${JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `smtp.waitFor` for the mail to one address. A timeout says what the outbox holds for that
 * address, how much mail is pending in all and who holds the sender's lease, so a mail that
 * never came (seen once in CI, 2026-12-06) shows whether it was never queued, is failing, or
 * waits behind other mail or another sender.
 */
export async function mailTo(smtp: FakeSmtp, address: string, count = 1, timeoutMs?: number): Promise<ReceivedMail[]> {
  try {
    return await smtp.waitFor((mail) => mail.to.includes(address), count, timeoutMs);
  } catch (error) {
    const [rows, pending, lease] = await Promise.all([
      db.mailOutbox.findMany({
        where: { toAddress: address },
        select: { kind: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true },
      }),
      db.mailOutbox.count({ where: { status: "pending" } }),
      db.jobLease.findUnique({ where: { name: "mail-sender" } }),
    ]);
    throw new Error(
      `${(error as Error).message}. The outbox for ${address}: ${JSON.stringify(rows)}; pending in all: ${pending}; ` +
        `the sender's lease: ${JSON.stringify(lease)}; now ${new Date().toISOString()}`,
    );
  }
}
