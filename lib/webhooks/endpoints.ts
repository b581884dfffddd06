import "server-only";
import type { z } from "zod";
import { db } from "../db";
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

export async function createWebhook(input: z.infer<typeof createWebhookSchema>) {
  await checkTarget(input.url);
  if ((await db.webhookEndpoint.count()) >= MAX_WEBHOOK_ENDPOINTS) {
    throw new AppError("validation", `At most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`);
  }
  const row = await db.webhookEndpoint.create({
    data: { url: input.url, events: encodeEventList(input.events), secret: encrypt(input.secret ?? newWebhookSecret()) },
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

export async function updateWebhook(id: string, input: z.infer<typeof updateWebhookSchema>, now = new Date()) {
  const current = await getWebhookOrThrow(id);
  if (input.url) await checkTarget(input.url);
  const rotate = input.secret !== undefined || input.rotateSecret === true;
  const row = await db.webhookEndpoint.update({
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
  return webhookDto(row, true);
}

export async function deleteWebhook(id: string): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id } });
  if (count !== 1) throw new AppError("not_found", "Webhook not found");
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
