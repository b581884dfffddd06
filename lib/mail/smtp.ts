import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type SmtpMessage = { id: string; kind: string; to: string; subject: string; text: string; html: string; createdAt: Date };

/** What the SMTP server said, sorted into "try again later" and "this will never work". */
export class SmtpFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

let transport: Transporter | undefined;

/**
 * nodemailer over SMTP_URL. Options a server needs (`?requireTLS=true`, ...) ride in the URL's
 * query, as nodemailer reads them; the timeouts default to MAIL_SEND_TIMEOUT_MS so one send
 * never outlasts the claim the sender holds on its mail.
 */
function smtp(): Transporter {
  if (transport) return transport;
  const url = new URL(env.SMTP_URL!);
  const timeouts = {
    connectionTimeout: Math.min(10_000, env.MAIL_SEND_TIMEOUT_MS),
    greetingTimeout: Math.min(10_000, env.MAIL_SEND_TIMEOUT_MS),
    socketTimeout: env.MAIL_SEND_TIMEOUT_MS,
  };
  for (const [name, value] of Object.entries(timeouts)) if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
  transport = nodemailer.createTransport(url.toString());
  return transport;
}

const fromAddress = () => /<([^<>]+)>/.exec(env.MAIL_FROM!)?.[1] ?? env.MAIL_FROM!;

/**
 * The Message-ID is the outbox row's id: the same on every try, so a mail sent twice after a
 * crash (accepted by the server, but the sender died before recording it) is recognisably one
 * message. The Date is when the mail was written, not when a retry finally got it out.
 */
export function messageIdOf(id: string): string {
  return `<${id}@${fromAddress().split("@")[1]}>`;
}

export async function sendSmtp(message: SmtpMessage): Promise<void> {
  try {
    await smtp().sendMail({
      from: env.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: messageIdOf(message.id),
      date: message.createdAt,
      headers: { "X-Stockline-Mail": message.kind },
    });
  } catch (error) {
    const failure = error as { responseCode?: number; code?: string; message?: string };
    // 550-553 on the envelope: the mailbox does not exist or the address is refused. Trying
    // again cannot help; anything else (connection, timeouts, 4xx, auth) may pass later.
    const permanent = failure.code === "EENVELOPE" && (failure.responseCode ?? 0) >= 550 && (failure.responseCode ?? 0) <= 553;
    throw new SmtpFailure(String(failure.message ?? error).slice(0, 500), permanent);
  }
}
