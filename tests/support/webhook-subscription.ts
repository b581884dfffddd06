// An operator's webhook endpoint subscribed to some events, for tests that check which events a
// change writes (in its own transaction). Nothing listens at its address: the sender's tries
// fail and are retried later; the endpoint is removed (with its deliveries) at the end.
import { createWebhook, deleteWebhook } from "@/lib/webhooks/endpoints";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { db } from "./fixtures";

export async function subscribeWebhook(events: WebhookEventType[]) {
  const hook = await createWebhook({ url: "http://127.0.0.1:9/hook", events });
  return {
    /** The bodies of the events of `type` written for this endpoint whose JSON mentions `text`. */
    async events(type: WebhookEventType, text: string): Promise<{ type: string; data: Record<string, any> }[]> {
      const rows = await db.webhookEvent.findMany({
        where: { type, deliveries: { some: { endpointId: hook.id } } },
        select: { body: true },
      });
      return rows.filter((row) => row.body.includes(text)).map((row) => JSON.parse(row.body));
    },
    remove: () => deleteWebhook(hook.id),
  };
}
