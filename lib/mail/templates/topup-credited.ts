import "server-only";
import type { Tx } from "../../db";
import type { Locale } from "../../i18n/routing";
import { formatBalance, type BalanceCurrency } from "../../i18n/format-balance";
import { enqueueMail } from "../outbox";
import { shopLink } from "../links";
import { mailStrings } from "../strings";
import type { MailDocument } from "../render";
import { signOff } from "./order-mail-facts";

export type TopupCreditedMail = {
  /** The top-up's own id: the mail's dedupe key, so crediting it twice cannot mail twice. */
  topupId: string;
  to: string;
  locale: Locale;
  currency: BalanceCurrency;
  /** Minor units (fen, micro-USDT). */
  amount: bigint;
  balanceAfter: bigint;
};

const TOPUP_MAIL_DAYS = 3;

export function topupCreditedMail(mail: TopupCreditedMail): MailDocument {
  const s = mailStrings[mail.locale];
  const amount = formatBalance(mail.locale, mail.currency, mail.amount);
  return {
    locale: mail.locale,
    subject: s.topup.subject(amount),
    preview: s.topup.preview,
    blocks: [
      { kind: "text", text: s.greeting },
      { kind: "text", text: s.topup.intro(amount) },
      { kind: "facts", rows: [[s.topup.balance, formatBalance(mail.locale, mail.currency, mail.balanceAfter)]] },
      { kind: "button", label: s.topup.button, href: shopLink(`/${mail.locale}/account`) },
      ...signOff(mail.locale),
    ],
  };
}

/** For the top-up flow: call it in the transaction that credits the balance. */
export function enqueueTopupCreditedMail(tx: Tx, mail: TopupCreditedMail, now = new Date()): Promise<boolean> {
  return enqueueMail(
    tx,
    {
      dedupeKey: `topup_credited:${mail.topupId}`,
      kind: "topup_credited",
      to: mail.to,
      deadlineAt: new Date(now.getTime() + TOPUP_MAIL_DAYS * 24 * 60 * 60 * 1000),
      doc: topupCreditedMail(mail),
    },
    now,
  );
}
