import "server-only";
import { isForeignKeyViolation } from "../db/errors";
import { db, transaction } from "../db";
import { env } from "../env";
import { startBackgroundJob } from "../jobs/background-jobs";
import { retryBackoffMs } from "../jobs/retry-backoff";
import { signingSecrets } from "./endpoints";
import { postWebhook, WEBHOOK_TIMEOUT_MS, type PostOutcome } from "./post-webhook";
import { signedHeaders } from "./signing";
import { WEBHOOK_RETRY_DAYS } from "./emit-event";
import { enqueueWebhookDisabledMails } from "../mail/templates/webhook-disabled";

const BATCH = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
// A claim outlasts one POST with room to record its outcome.
const CLAIM_MS = WEBHOOK_TIMEOUT_MS + 5_000;
/** An endpoint that has not taken a single delivery for this long is disabled. */
export const DISABLE_AFTER_DAYS = WEBHOOK_RETRY_DAYS;

/** OUTBOX_RETRY_BASE_MS doubling per try, at most 6 hours, spread by ±25 % so retries do not arrive in lockstep. */
export function webhookBackoffMs(attempts: number): number {
  return retryBackoffMs(attempts, { baseMs: env.OUTBOX_RETRY_BASE_MS, maxMs: MAX_BACKOFF_MS, spread: 0.25 });
}

type DueDelivery = Awaited<ReturnType<typeof dueDeliveries>>[number];

function dueDeliveries(now: Date) {
  return db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, endpoint: { disabledAt: null } },
    include: { event: true, endpoint: true },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
  });
}

/**
 * Delivers what is due. Like the mail sender, each delivery is claimed by a guarded update
 * before it is sent, so a sender killed mid-request leaves it due again (at least once; the
 * receiver recognises a repeat by its webhook-id). Deliveries past their three days fail.
 * Deliveries of a disabled endpoint wait, until it is enabled again or their deadline passes.
 */
export async function deliverDueWebhooks(now = new Date()): Promise<number> {
  await db.webhookDelivery.updateMany({
    where: { status: "pending", deadlineAt: { lte: now } },
    data: { status: "failed", lastError: `gave up: not delivered within ${WEBHOOK_RETRY_DAYS} days` },
  });
  const due = await dueDeliveries(now);
  const outcomes = await Promise.all(due.map(deliverOne));
  return outcomes.filter(Boolean).length;
}

async function deliverOne(delivery: DueDelivery): Promise<boolean> {
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "pending", nextAttemptAt: delivery.nextAttemptAt },
    data: { nextAttemptAt: new Date(Date.now() + CLAIM_MS), attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return false;
  const attemptedAt = new Date();
  const { endpoint, event } = delivery;
  const headers = signedHeaders(signingSecrets(endpoint, attemptedAt), event.id, event.body, attemptedAt);
  const outcome = await postWebhook(endpoint.url, headers, event.body);
  await record(delivery, delivery.attempts + 1, attemptedAt, outcome);
  return outcome.ok;
}

/** The try goes into the delivery log; the delivery and the endpoint's health move with it. */
async function record(delivery: DueDelivery, attempts: number, attemptedAt: Date, outcome: PostOutcome): Promise<void> {
  const now = new Date();
  const endpointId = delivery.endpointId;
  const disabled = await transaction(async (tx) => {
    // The operator may have deleted the endpoint (and with it this delivery) while the try was
    // in flight: then there is nothing left to record. (The console makes that an easy click.)
    if (!(await tx.webhookDelivery.findUnique({ where: { id: delivery.id }, select: { id: true } }))) return null;
    await tx.webhookAttempt.create({
      data: {
        deliveryId: delivery.id,
        attemptedAt,
        statusCode: outcome.statusCode,
        error: outcome.error?.slice(0, 500) ?? null,
        durationMs: outcome.durationMs,
      },
    });
    const common = { lastStatus: outcome.statusCode, lastError: outcome.error?.slice(0, 500) ?? null };
    if (outcome.ok) {
      await tx.webhookDelivery.updateMany({
        where: { id: delivery.id, status: "pending" },
        data: { ...common, status: "delivered", deliveredAt: now },
      });
      await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: { not: null } }, data: { failingSince: null } });
      return null;
    }
    await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "pending" },
      data: { ...common, nextAttemptAt: new Date(now.getTime() + webhookBackoffMs(attempts)) },
    });
    await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: attemptedAt } });
    const cutoff = new Date(now.getTime() - DISABLE_AFTER_DAYS * DAY_MS);
    const reason = `disabled automatically: every delivery failed for ${DISABLE_AFTER_DAYS} days (last: ${outcome.error ?? "no answer"})`;
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, disabledAt: null, failingSince: { lte: cutoff } },
      data: { disabledAt: now, disabledReason: reason.slice(0, 500) },
    });
    if (count !== 1) return null;
    // The operators are told by mail, written with the disabling itself.
    await enqueueWebhookDisabledMails(tx, { endpointId, url: delivery.endpoint.url, reason, disabledAt: now }, now);
    return reason;
  }).catch((error: unknown) => {
    // Deleted between that check and the insert (PostgreSQL: a concurrent delete commits): the same.
    if (isForeignKeyViolation(error)) return null;
    throw error;
  });
  // The operators are told by mail (above), in the log here, and by the endpoint's state in
  // the console and GET /api/admin/webhooks.
  // Only the host is logged: some receivers put a secret in the URL's path.
  if (disabled) console.warn(`[stockline] webhook endpoint ${endpointId} (${new URL(delivery.endpoint.url).host}) ${disabled}`);
}

export function startWebhookSender(): void {
  startBackgroundJob({ name: "webhook-sender", everyMs: env.OUTBOX_POLL_MS, run: async () => void (await deliverDueWebhooks()) });
}
