import "server-only";
import { z } from "zod";
import { db, transaction } from "../db";
import { recordAudit } from "../admin/audit";
import type { Actor } from "../admin/actor";
import { AppError } from "../api/app-error";
import { validationError } from "../api/validation-error";
import { getWebhookOrThrow } from "./endpoints";
import { WEBHOOK_RETRY_DAYS } from "./emit-event";
import { DELIVERY_STATUSES } from "./delivery-statuses";

const LOG_ENTRIES = 20;

export const deliveriesQuerySchema = z.strictObject({
  status: z.enum(DELIVERY_STATUSES, `must be one of: ${DELIVERY_STATUSES.join(", ")}`).optional(),
  limit: z.coerce.number("must be an integer").int("must be an integer").min(1).max(200).default(50),
});

const withLog = {
  event: { select: { type: true } },
  log: { orderBy: { attemptedAt: "desc" as const }, take: LOG_ENTRIES },
};

type DeliveryRow = Awaited<ReturnType<typeof db.webhookDelivery.findUniqueOrThrow<{ where: { id: string }; include: typeof withLog }>>>;

function deliveryDto(row: DeliveryRow) {
  return {
    id: row.id,
    event_id: row.eventId,
    event_type: row.event.type,
    status: row.status,
    attempts: row.attempts,
    last_status: row.lastStatus,
    last_error: row.lastError,
    next_attempt_at: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
    deadline_at: row.deadlineAt.toISOString(),
    delivered_at: row.deliveredAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    // The delivery log, newest first: one entry per HTTP try, with the response code.
    log: row.log.map((entry) => ({
      attempted_at: entry.attemptedAt.toISOString(),
      status_code: entry.statusCode,
      error: entry.error,
      duration_ms: entry.durationMs,
    })),
  };
}

/** An endpoint's newest deliveries with their log. */
export async function listDeliveries(endpointId: string, query: URLSearchParams) {
  const parsed = deliveriesQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw validationError(parsed.error);
  await getWebhookOrThrow(endpointId);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, ...(parsed.data.status ? { status: parsed.data.status } : {}) },
    include: withLog,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: parsed.data.limit,
  });
  return rows.map(deliveryDto);
}

/**
 * Sends a delivery again, now, with the same webhook-id and body (a receiver that already has
 * it can tell), and gives it a fresh three days of retries. The endpoint must be enabled.
 */
export async function redeliver(endpointId: string, deliveryId: string, actor?: Actor, now = new Date()) {
  const endpoint = await getWebhookOrThrow(endpointId);
  if (endpoint.disabledAt) throw new AppError("validation", "Webhook is disabled: enable it before redelivering");
  await transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, endpointId },
      data: { status: "pending", nextAttemptAt: now, deadlineAt: new Date(now.getTime() + WEBHOOK_RETRY_DAYS * 24 * 60 * 60 * 1000) },
    });
    if (count !== 1) throw new AppError("not_found", "Delivery not found");
    if (actor)
      await recordAudit(tx, actor, {
        action: "webhook.redeliver",
        entityType: "webhook",
        entityId: endpointId,
        after: { delivery_id: deliveryId },
      });
  });
  return deliveryDto(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, include: withLog }));
}
