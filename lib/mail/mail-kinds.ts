// The kinds of mail the shop sends and the states an outbox row goes through.
export const MAIL_KINDS = ["order_created", "order_delivered", "topup_credited", "password_reset", "webhook_disabled"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** pending -> sent | failed | expired; skipped: written while no SMTP was configured, never sent. */
export const MAIL_STATUSES = ["pending", "sent", "failed", "expired", "skipped"] as const;
