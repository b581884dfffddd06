import "server-only";
import { env } from "../env";
import { startBackgroundJob } from "../jobs/background-jobs";
import { expireOverdueOrders } from "./expire-orders";
import { forgetOldAnswers } from "./idempotency";
import { expireOverdueTopups } from "../topups/topup-views";

/**
 * Expires overdue orders (and forgets day-old idempotent answers) from inside the app, so
 * nothing depends on an external cron or queue worker. One instance at a time holds the
 * sweeper's lease; each expiry is a guarded update all the same.
 */
export function startSweeper(): void {
  if (env.SWEEPER_INTERVAL_SECONDS === 0) return;
  startBackgroundJob({
    name: "order-sweeper",
    everyMs: env.SWEEPER_INTERVAL_SECONDS * 1000,
    run: async () => {
      const expired = await expireOverdueOrders();
      if (expired) console.log(`[stockline] expired ${expired} unpaid order(s)`);
      await forgetOldAnswers();
      await expireOverdueTopups();
    },
  });
}
