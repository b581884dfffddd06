// One pass of the webhook sender in a process of its own (the kill -9 test kills it mid-request).
import { deliverDueWebhooks } from "../../lib/webhooks/webhook-sender";

await deliverDueWebhooks();
process.exit(0);
