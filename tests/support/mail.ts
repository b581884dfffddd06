// A server instance that sends mail to a FakeSmtp, and a bounded wait on an outbox row.
import { db } from "./fixtures";
import type { FakeSmtp } from "../fakes/smtp";

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
