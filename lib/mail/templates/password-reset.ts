import "server-only";
import type { Tx } from "../../db";
import type { Locale } from "../../i18n/routing";
import { enqueueMail } from "../outbox";
import { shopLink } from "../links";
import { mailStrings } from "../strings";
import type { MailDocument } from "../render";
import { signOff } from "./order-mail-facts";

export type PasswordResetMail = { resetId: string; to: string; locale: Locale; token: string; expiresAt: Date; ttlMinutes: number };

export function passwordResetMail(mail: PasswordResetMail): MailDocument {
  const s = mailStrings[mail.locale];
  return {
    locale: mail.locale,
    subject: s.reset.subject,
    preview: s.reset.preview,
    blocks: [
      { kind: "text", text: s.greeting },
      { kind: "text", text: s.reset.intro },
      { kind: "button", label: s.reset.button, href: shopLink(`/${mail.locale}/reset-password`, { token: mail.token }) },
      { kind: "note", text: s.reset.expires(mail.ttlMinutes) },
      { kind: "note", text: s.reset.notYou },
      ...signOff(mail.locale),
    ],
  };
}

/** Stale when the link has expired: a mail that arrives with a dead link helps nobody. */
export function enqueuePasswordResetMail(tx: Tx, mail: PasswordResetMail): Promise<boolean> {
  return enqueueMail(tx, {
    dedupeKey: `password_reset:${mail.resetId}`,
    kind: "password_reset",
    to: mail.to,
    deadlineAt: mail.expiresAt,
    doc: passwordResetMail(mail),
  });
}
