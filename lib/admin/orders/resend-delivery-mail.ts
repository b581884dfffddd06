import "server-only";
// The operator's "send the delivery email again" for a delivered order: a fresh outbox mail
// (same template, same locale, same status link) under a new dedupe key, with its audit entry.
// Each click is one mail: the console posts the key it rendered with the button, so a double
// submit or a retried request of the same click writes nothing more.
import { randomUUID } from "node:crypto";
import { db, transaction } from "../../db";
import { env } from "../../env";
import { AppError, errors } from "../../api/app-error";
import { decrypt } from "../../crypto/secret-box";
import { localeOf } from "../../i18n/request-locale";
import { enqueueOrderDeliveredMail } from "../../mail/templates/order-delivered";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import type { ResendMailInput } from "./resend-mail-schema";

export async function resendDeliveryMail(actor: Actor, orderId: string, input: ResendMailInput = {}) {
  const key = input.key ?? randomUUID();
  // Read first, outside the transaction, so the transaction's first statement is a write: on
  // SQLite a transaction that reads and then writes fails (SQLITE_BUSY_SNAPSHOT) when the mail
  // sender wrote in between. (A refund committing in that gap still lets this one mail out; its
  // status link then shows the refund.)
  const order = await db.order.findUnique({ where: { id: orderId }, include: { product: { select: { nameZh: true, nameEn: true } } } });
  if (!order) throw errors.orderNotFound();
  if (order.status !== "completed") throw new AppError("validation", "Only a delivered (completed) order's email can be sent again");
  const locale = localeOf(order.locale);
  const sealed = env.MAIL_INCLUDE_ITEMS
    ? (await db.stockItem.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { content: true } })).map((item) => item.content)
    : [];
  return transaction(async (tx) => {
    const queued = await enqueueOrderDeliveredMail(
      tx,
      {
        order: { ...order, locale },
        productName: locale === "en" ? order.product.nameEn : order.product.nameZh,
        accessToken: order.accessTokenSealed ? decrypt(order.accessTokenSealed) : null,
        items: sealed.map(decrypt),
      },
      new Date(),
      key,
    );
    const answer = { queued, key, to: order.contactEmail, mail_status: env.SMTP_URL ? ("pending" as const) : ("skipped" as const) };
    if (queued) {
      await recordAudit(tx, actor, {
        action: "order.resend_delivery_mail",
        entityType: "order",
        entityId: orderId,
        after: { to: order.contactEmail, key, mail_status: answer.mail_status },
      });
    }
    return answer;
  });
}
