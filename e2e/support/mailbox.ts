// The mail the e2e server sent, as the SMTP server on 127.0.0.1 filed it (global-setup.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/** Waits (bounded) for a mail to `address` and returns it parsed. */
export async function waitForMail(address: string, timeoutMs = 20_000): Promise<ParsedMail> {
  const dir = process.env.E2E_MAILBOX_DIR!;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const file of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.name.endsWith(".eml"))) {
      const raw = readFileSync(path.join(dir, file.name), "utf8");
      if (!raw.includes(address)) continue;
      const mail = await simpleParser(raw);
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      if (to.some((entry) => entry.value.some((mailbox) => mailbox.address === address))) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
