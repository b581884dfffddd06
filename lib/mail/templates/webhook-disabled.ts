import "server-only";
import type { Tx } from "../../db";
import { routing, type Locale } from "../../i18n/routing";
import { enqueueMail } from "../outbox";
import { shopLink } from "../links";
import { mailStrings } from "../strings";
import type { MailDocument } from "../render";
import { signOff } from "./order-mail-facts";

export type WebhookDisabledMail = { endpointId: string; url: string; reason: string; disabledAt: Date; to: string; locale: Locale };

// Operators have no language of their own on record: the shop's default one.
const OPERATOR_LOCALE = routing.defaultLocale;
const NOTICE_DAYS = 7;

export function webhookDisabledMail(mail: WebhookDisabledMail): MailDocument {
  const s = mailStrings[mail.locale];
  // Only the host in the subject and the scheme, host and path in the text: some receivers put a secret in the query.
  const url = new URL(mail.url);
  return {
    locale: mail.locale,
    subject: s.webhookDisabled.subject(url.host),
    preview: s.webhookDisabled.preview,
    blocks: [
      { kind: "text", text: s.greeting },
      { kind: "text", text: s.webhookDisabled.intro(`${url.origin}${url.pathname}`) },
      { kind: "facts", rows: [[s.webhookDisabled.reason, mail.reason]] },
      { kind: "text", text: s.webhookDisabled.kept },
      { kind: "button", label: s.webhookDisabled.button, href: shopLink(`/${mail.locale}/admin/webhooks/${mail.endpointId}`) },
      ...signOff(mail.locale),
    ],
  };
}

/**
 * Tells every active operator, in the transaction that disables the endpoint; once per
 * operator and disabling (the dedupe key), so a retried transaction cannot mail twice.
 */
export async function enqueueWebhookDisabledMails(
  tx: Tx,
  notice: Omit<WebhookDisabledMail, "to" | "locale">,
  now = new Date(),
): Promise<number> {
  const operators = await tx.user.findMany({ where: { role: "admin", disabledAt: null }, select: { id: true, email: true } });
  for (const operator of operators) {
    await enqueueMail(
      tx,
      {
        dedupeKey: `webhook_disabled:${notice.endpointId}:${notice.disabledAt.getTime()}:${operator.id}`,
        kind: "webhook_disabled",
        to: operator.email,
        deadlineAt: new Date(now.getTime() + NOTICE_DAYS * 24 * 60 * 60 * 1000),
        doc: webhookDisabledMail({ ...notice, to: operator.email, locale: OPERATOR_LOCALE }),
      },
      now,
    );
  }
  return operators.length;
}
