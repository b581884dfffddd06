import "server-only";
import type { z } from "zod";
import { db, transaction } from "../db";
import { recordAudit } from "../admin/audit";
import type { Actor } from "../admin/actor";
import { AppError } from "../api/app-error";
import { decrypt, encrypt } from "../crypto/secret-box";
import { decodeEventList, encodeEventList } from "./event-types";
import { newWebhookSecret } from "./signing";
import type { createWebhookSchema, updateWebhookSchema } from "./webhook-schemas";
import { resolveSafely, UnsafeTargetError } from "./safe-target";

/** How long the previous secret keeps signing after a rotation, so receivers can switch over. */
export const SECRET_ROTATION_HOURS = 24;
export const MAX_WEBHOOK_ENDPOINTS = 50;

type EndpointRow = {
  id: string;
  url: string;
  events: string;
  secret: string;
  previousSecretUntil: Date | null;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
};

/** What the operator sees of an endpoint; the secret only where it is asked for (create, update, one endpoint). */
export function webhookDto(row: EndpointRow, withSecret = false) {
  return {
    id: row.id,
    url: row.url,
    events: decodeEventList(row.events),
    ...(withSecret ? { secret: decrypt(row.secret) } : {}),
    enabled: row.disabledAt === null,
    disabled_at: row.disabledAt?.toISOString() ?? null,
    disabled_reason: row.disabledReason,
    failing_since: row.failingSince?.toISOString() ?? null,
    previous_secret_valid_until: row.previousSecretUntil?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}

/** Refuses private, loopback and link-local targets now; delivery checks again (DNS may change). */
async function checkTarget(url: string): Promise<void> {
  try {
    await resolveSafely(new URL(url).hostname);
  } catch (error) {
    if (error instanceof UnsafeTargetError) throw new AppError("validation", `url is not allowed: ${error.message}`);
    // Not resolvable now: accepted, and checked again at every delivery.
  }
}

// An operator's change (API or console) is audited in its own transaction; the secret never goes into the log.
const audited = (actor: Actor | undefined, action: string, id: string, before?: unknown, after?: unknown) =>
  actor ? { actor, change: { action, entityType: "webhook", entityId: id, before, after } } : null;

export async function createWebhook(input: z.infer<typeof createWebhookSchema>, actor?: Actor) {
  await checkTarget(input.url);
  if ((await db.webhookEndpoint.count()) >= MAX_WEBHOOK_ENDPOINTS) {
    throw new AppError("validation", `At most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`);
  }
  const row = await transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: { url: input.url, events: encodeEventList(input.events), secret: encrypt(input.secret ?? newWebhookSecret()) },
    });
    const audit = audited(actor, "webhook.create", created.id, undefined, webhookDto(created));
    if (audit) await recordAudit(tx, audit.actor, audit.change);
    return created;
  });
  return webhookDto(row, true);
}

export async function listWebhooks() {
  const rows = await db.webhookEndpoint.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => webhookDto(row));
}

export async function getWebhookOrThrow(id: string) {
  const row = await db.webhookEndpoint.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", "Webhook not found");
  return row;
}

export async function updateWebhook(id: string, input: z.infer<typeof updateWebhookSchema>, actor?: Actor, now = new Date()) {
  const current = await getWebhookOrThrow(id);
  if (input.url) await checkTarget(input.url);
  const rotate = input.secret !== undefined || input.rotateSecret === true;
  const write = (tx: Pick<typeof db, "webhookEndpoint">) =>
    tx.webhookEndpoint.update({
      where: { id },
      data: {
        ...(input.url ? { url: input.url } : {}),
        ...(input.events ? { events: encodeEventList(input.events) } : {}),
        ...(rotate
          ? {
              secret: encrypt(input.secret ?? newWebhookSecret()),
              previousSecret: current.secret,
              previousSecretUntil: new Date(now.getTime() + SECRET_ROTATION_HOURS * 60 * 60 * 1000),
            }
          : {}),
        ...(input.enabled === false && !current.disabledAt ? { disabledAt: now, disabledReason: "disabled by the operator" } : {}),
        ...(input.enabled === true ? { disabledAt: null, disabledReason: null, failingSince: null } : {}),
      },
    });
  const row = await transaction(async (tx) => {
    const updated = await write(tx);
    const audit = audited(actor, rotate ? "webhook.rotate_secret" : "webhook.update", id, webhookDto(current), {
      ...webhookDto(updated),
      ...(rotate ? { secret_rotated: true } : {}),
    });
    if (audit) await recordAudit(tx, audit.actor, audit.change);
    return updated;
  });
  return webhookDto(row, true);
}

export async function deleteWebhook(id: string, actor?: Actor): Promise<void> {
  // Read before the transaction, so its first statement is a write (SQLite: a transaction that
  // reads and then writes fails when another writer, the sender, got in between).
  const current = await getWebhookOrThrow(id);
  await transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id } });
    if (count !== 1) throw new AppError("not_found", "Webhook not found");
    const audit = audited(actor, "webhook.delete", id, webhookDto(current));
    if (audit) await recordAudit(tx, audit.actor, audit.change);
  });
}

/** The secrets that sign a delivery now: the current one, and the previous one during a rotation. */
export function signingSecrets(
  row: { secret: string; previousSecret: string | null; previousSecretUntil: Date | null },
  now = new Date(),
): string[] {
  const secrets = [decrypt(row.secret)];
  if (row.previousSecret && row.previousSecretUntil && row.previousSecretUntil > now) secrets.push(decrypt(row.previousSecret));
  return secrets;
}
